import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The benchmark's corpus: the same bilingual site written three times, for Amicus, Hugo and Eleventy, so that
 * the three build the same pages to the same URLs. Run from the project's root:
 *
 * <pre>java src/bench/Corpus.java OUT ARTICLES_PER_LANGUAGE [--search]</pre>
 *
 * OUT gets {@code amicus/}, {@code hugo/}, {@code eleventy/} (each a project of that generator, built into its
 * {@code public/}) and {@code pages.txt}, the URL of every page the three must write. Each language has its
 * home, 10 sections and ARTICLES_PER_LANGUAGE articles of about 800 words: headings of level 2
 * and 3, a list, a table, 2 or 3 footnotes, 9 links to other pages of the site, 3 to other sites; the French
 * ones in French (accents, « guillemets » and the spaces French puts before {@code : ? !} typed as authors do).
 * With {@code --search}, each language also has a search page, and the data its search reads beside it: Amicus
 * writes its lunr index, Hugo and Eleventy a list of the pages with their text (what a browser-side search
 * needs), since neither makes an index. The output depends on the arguments only: the same ones give the same
 * bytes.
 */
public final class Corpus {

    private static final String TEMPLATES = "src/bench/templates";
    /** Amicus's search page needs the project's search rules (lunr's setup and the French stemmer). */
    private static final String SEARCH_SCRIPTS = "templates/static/js";
    private static final long SEED = 20_241_220L;
    private static final LocalDate FIRST_DATE = LocalDate.of(2019, 5, 13);

    private record Section(String en, String fr, String enTitle, String frTitle) {
        String slug(String lang) {
            return lang.equals("en") ? en : fr;
        }

        String title(String lang) {
            return lang.equals("en") ? enTitle : frTitle;
        }
    }

    private static final List<Section> SECTIONS = List.of(
            new Section("the-courts", "les-tribunaux", "The courts", "Les tribunaux"),
            new Section("evidence", "la-preuve", "Evidence", "La preuve"),
            new Section("contracts", "les-contrats", "Contracts and terms", "Contrats et conditions"),
            new Section("privacy", "la-vie-privee", "Privacy", "La vie privée"),
            new Section("criminal-law", "le-droit-penal", "Criminal law", "Le droit pénal"),
            new Section("damages", "les-dommages", "Damages", "Les dommages-intérêts"),
            new Section("appeals", "les-appels", "Appeals", "Les appels"),
            new Section("immunity", "l-immunite", "Immunity", "L’immunité"),
            new Section("procedure", "la-procedure", "Procedure", "La procédure"),
            new Section("technology", "la-technologie", "Technology", "La technologie"));

    private static final List<String> EXTERNAL = List.of(
            "https://www.law.cornell.edu/uscode/text/18/1030",
            "https://www.supremecourt.gov/opinions/20pdf/19-783_k53l.pdf",
            "https://www.courtlistener.com/docket/16395340/whatsapp-inc-v-nso-group-technologies-limited/",
            "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000006418316",
            "https://eur-lex.europa.eu/eli/reg/2016/679/oj",
            "https://citizenlab.ca/2019/10/nso-q-cyber-technologies-100-new-abuse-cases/");

    private static final String[] EN_WORDS = ("court judge ruling appeal statute access server device message "
            + "account user company spyware claim damages evidence record motion order injunction jury verdict "
            + "trial plaintiff defendant counsel brief opinion finding law section authorization computer network "
            + "data system protection privacy contract terms service breach liability remedy sanction discovery "
            + "witness expert report question answer reason decision standard test element fact issue case "
            + "district circuit panel review stay hearing filing exhibit docket date year month week day the a "
            + "of to in and for with on by from that which under before after against without within between "
            + "federal state public private foreign sovereign immune legal clear narrow broad strong weak early "
            + "late final first second third new old plain reasonable intentional unauthorized protected "
            + "installed sent received held found argued denied granted reduced awarded asked said showed "
            + "explained reviewed considered applied rejected accepted wrote filed read heard").split(" ");

    private static final String[] FR_WORDS = ("tribunal juge décision appel loi accès serveur appareil message "
            + "compte utilisateur société logiciel espion demande dommages-intérêts preuve dossier requête "
            + "ordonnance injonction jury verdict procès demandeur défendeur avocat mémoire avis constat droit "
            + "article autorisation ordinateur réseau données système protection vie privée contrat conditions "
            + "service manquement responsabilité réparation sanction communication témoin expert rapport question "
            + "réponse motif critère élément fait litige affaire district circuit formation réexamen sursis "
            + "audience dépôt pièce greffe année mois semaine jour le la les un une des du de à au aux et pour "
            + "avec sur par depuis que qui sous avant après contre sans entre fédéral étatique public privé "
            + "étranger souverain immunité juridique clair étroit large fort faible premier deuxième troisième "
            + "nouveau ancien raisonnable intentionnel protégé installé envoyé reçu jugé conclu plaidé rejeté "
            + "accordé réduit alloué demandé expliqué examiné appliqué écrit déposé entendu l'accès l'affaire "
            + "l'appel d'abord d'autres l'éditeur l'ordonnance qu'il élevé réglementé où déjà très même "
            + "français européen être été créé reçue").split(" ");

    private static final Pattern INTERNAL = Pattern.compile("⟦([as]):(\\d+)⟧");

    private final Path out;
    private final int articles;
    private final Path templates;
    private final Path searchScripts;
    private final boolean search;

    private Corpus(Path out, int articles, Path templates, Path searchScripts, boolean search) {
        this.out = out;
        this.articles = articles;
        this.templates = templates;
        this.searchScripts = searchScripts;
        this.search = search;
    }

    public static void main(String[] args) throws IOException {
        boolean search = args.length == 3 && args[2].equals("--search");
        if (args.length != (search ? 3 : 2) || !args[1].matches("\\d{1,6}") || Integer.parseInt(args[1]) < 1) {
            System.err.println("usage: java src/bench/Corpus.java OUT ARTICLES_PER_LANGUAGE [--search]  (run from the"
                    + " project's root; ARTICLES_PER_LANGUAGE from 1 to 999999)");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        if (Files.exists(out) && (!Files.isDirectory(out) || hasFiles(out))) {
            System.err.println("error: " + out + " exists and is not an empty folder; remove it or choose another");
            System.exit(2);
        }
        Path templates = Path.of(TEMPLATES);
        Path searchScripts = Path.of(SEARCH_SCRIPTS);
        for (Path needed : search ? List.of(templates, searchScripts.resolve("search-setup.js")) : List.of(templates)) {
            if (!Files.exists(needed)) {
                System.err.println("error: " + needed + " is missing; run this from the root of the Amicus project");
                System.exit(2);
            }
        }
        new Corpus(out, Integer.parseInt(args[1]), templates, searchScripts, search).write();
        System.out.println("Corpus: " + args[1] + " articles per language (en, fr) + " + (search ? 12 : 11)
                + " pages each in " + out);
    }

    private void write() throws IOException {
        copyTree(templates.resolve("amicus"), out.resolve("amicus"));
        copyTree(templates.resolve("hugo"), out.resolve("hugo"));
        copyTree(templates.resolve("eleventy/project"), out.resolve("eleventy"));
        Path css = templates.resolve("site.css");
        copy(css, out.resolve("amicus/templates/static/css/site.css"));
        copy(css, out.resolve("hugo/static/static/css/site.css"));
        copy(css, out.resolve("eleventy/static/css/site.css"));
        if (search) {
            for (String script : List.of("search-setup.js", "search.js", "vendor/lunr.stemmer.support.js",
                    "vendor/lunr.fr.js")) {
                copy(searchScripts.resolve(script), out.resolve("amicus/templates/static/js/" + script));
            }
            copy(templates.resolve("search.js"), out.resolve("hugo/static/static/js/search.js"));
            copy(templates.resolve("search.js"), out.resolve("eleventy/static/js/search.js"));
            // Hugo writes each language's list of pages for its search page as an output of the home.
            Path hugoConfig = out.resolve("hugo/config.toml");
            writeText(hugoConfig, Files.readString(hugoConfig).replace("home = [\"HTML\", \"RSS\"]",
                    "home = [\"HTML\", \"RSS\", \"SearchIndex\"]"));
        }
        writeText(out.resolve("amicus/templates/nav.ftlh"), amicusNav());

        Set<String> urls = new TreeSet<>();
        urls.add("/");
        for (String lang : List.of("en", "fr")) {
            copyTree(templates.resolve("eleventy/language"), out.resolve("eleventy/content/" + lang));
            writeText(out.resolve("eleventy/content/" + lang + "/" + lang + ".11tydata.json"),
                    "{\"lang\": \"" + lang + "\", \"layout\": \"page.njk\"}\n");
            home(lang, urls);
            if (search) {
                copy(templates.resolve("eleventy/search-index.njk"),
                        out.resolve("eleventy/content/" + lang + "/search-index.njk"));
                search(lang, urls);
            }
            for (int s = 0; s < SECTIONS.size(); s++) {
                section(lang, s, urls);
            }
            for (int i = 0; i < articles; i++) {
                article(lang, i, urls);
            }
        }
        writeText(out.resolve("pages.txt"), String.join("\n", urls) + "\n");
    }

    // ---- pages -------------------------------------------------------------------------------------------------

    private void home(String lang, Set<String> urls) throws IOException {
        Random random = random(lang, -1);
        String title = lang.equals("en") ? "Bench explainer" : "Explicateur de banc d’essai";
        String body = paragraph(random, lang, 4) + "\n";
        page(lang, "", true, title, description(random, lang), null, "home", body, "home", urls);
    }

    private void search(String lang, Set<String> urls) throws IOException {
        Random random = random(lang, -2);
        String name = lang.equals("en") ? "search" : "recherche";
        String title = lang.equals("en") ? "Search" : "Recherche";
        page(lang, name, false, title, description(random, lang), null, "search", paragraph(random, lang, 2) + "\n",
                "search", urls);
    }

    private void section(String lang, int s, Set<String> urls) throws IOException {
        Random random = random(lang, -10 - s);
        Section section = SECTIONS.get(s);
        String body = paragraph(random, lang, 3) + "\n";
        page(lang, section.slug(lang), true, section.title(lang), description(random, lang), null, "s-" + section.en,
                body, "section", urls);
    }

    private void article(String lang, int i, Set<String> urls) throws IOException {
        Random random = random(lang, i);
        String title = capitalize(words(random, lang, 3 + random.nextInt(4)));
        LocalDate date = FIRST_DATE.plusDays(random.nextInt(2500));
        page(lang, articlePath(lang, i), false, title, description(random, lang), date, key(i), body(random, lang, i),
                "page", urls);
    }

    /**
     * Writes one page in the three layouts.
     *
     * @param path   in the language folder, without {@code .md}; for a home or section (index) its folder
     * @param index  whether the page is the index of {@code path} (a home or a section)
     * @param layout {@code home}, {@code section}, {@code search} or {@code page}
     */
    private void page(String lang, String path, boolean index, String title, String description, LocalDate date,
                      String translationKey, String body, String layout, Set<String> urls) throws IOException {
        String url = "/" + lang + "/" + (path.isEmpty() ? "" : path + "/");
        urls.add(url);
        String dir = path.isEmpty() ? "" : path + "/";
        String common = "title: \"" + title + "\"\ndescription: \"" + description + "\"\n"
                + (date == null ? "" : "date: " + date + "\n") + "translationKey: " + translationKey + "\n";

        String amicusFile = index ? dir + "_index.md" : path + ".md";
        String amicusLayout = layout.equals("section") || layout.equals("search") ? "layout: " + layout + "\n" : "";
        writeText(out.resolve("amicus/content/" + lang + "/" + amicusFile),
                "---\n" + common + amicusLayout + "---\n" + links(body, amicusLink(lang, amicusFile)));

        String hugoLayout = layout.equals("search") ? "layout: search\n" : "";
        writeText(out.resolve("hugo/content/" + lang + "/" + amicusFile),
                "---\n" + common + hugoLayout + "---\n" + links(body, url(lang)));

        String eleventyFile = index ? dir + "index.md" : path + ".md";
        String eleventyLayout = layout.equals("page") ? "" : "layout: " + layout + ".njk\n";
        writeText(out.resolve("eleventy/content/" + lang + "/" + eleventyFile),
                "---\n" + common + eleventyLayout + "---\n" + links(body, url(lang)));
    }

    private static String key(int article) {
        return String.format(Locale.ROOT, "a%05d", article + 1);
    }

    private static Section sectionOf(int article) {
        return SECTIONS.get(article % SECTIONS.size());
    }

    private static String articlePath(String lang, int article) {
        return sectionOf(article).slug(lang) + "/" + (lang.equals("en") ? "note-" : "fiche-")
                + String.format(Locale.ROOT, "%05d", article + 1);
    }

    // ---- links -------------------------------------------------------------------------------------------------

    /** An internal link is written {@code ⟦a:12⟧} (article 12) or {@code ⟦s:3⟧} (section 3) until a layout says how. */
    private record Target(char kind, int number) {
    }

    private static String links(String body, Function<Target, String> link) {
        return INTERNAL.matcher(body).replaceAll(m -> Matcher.quoteReplacement(
                link.apply(new Target(m.group(1).charAt(0), Integer.parseInt(m.group(2))))));
    }

    /** Hugo's and Eleventy's: the root-relative URL. */
    private static Function<Target, String> url(String lang) {
        return target -> "/" + lang + "/" + (target.kind() == 'a' ? articlePath(lang, target.number())
                : SECTIONS.get(target.number()).slug(lang)) + "/";
    }

    /** Amicus's: the file, relative to the linking page, which Amicus checks and turns into the page's URL. */
    private static Function<Target, String> amicusLink(String lang, String from) {
        Path fromFolder = Path.of(lang, from).getParent();
        return target -> {
            String file = target.kind() == 'a' ? articlePath(lang, target.number()) + ".md"
                    : SECTIONS.get(target.number()).slug(lang) + "/_index.md";
            return fromFolder.relativize(Path.of(lang, file)).toString().replace('\\', '/');
        };
    }

    // ---- text --------------------------------------------------------------------------------------------------

    private static Random random(String lang, int page) {
        return new Random(SEED * 31 + page * 2L + (lang.equals("fr") ? 1 : 0));
    }

    /** About 800 words: an introduction, then four parts with paragraphs, a list, a table and two subparts. */
    private String body(Random random, String lang, int self) {
        List<List<String>> sentences = new ArrayList<>(); // the sentences links and footnotes may go in
        List<Object> blocks = new ArrayList<>();
        Set<String> headings = new HashSet<>();
        blocks.add(paragraphSentences(random, lang, 4, sentences));
        for (int part = 0; part < 4; part++) {
            blocks.add("## " + heading(random, lang, headings));
            for (int p = 0; p < 3; p++) {
                blocks.add(paragraphSentences(random, lang, 3 + random.nextInt(3), sentences));
            }
            if (part == 1) {
                blocks.add(list(random, lang));
            } else if (part == 2) {
                blocks.add(table(random, lang));
            }
            if (part % 2 == 1) {
                blocks.add("### " + heading(random, lang, headings));
                blocks.add(paragraphSentences(random, lang, 4, sentences));
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            order.add(s);
        }
        java.util.Collections.shuffle(order, random);
        int next = 0;
        for (int link = 0; link < 9; link++) {
            String target;
            if (link == 0) {
                target = "⟦s:" + random.nextInt(SECTIONS.size()) + "⟧";
            } else {
                int other = articles == 1 ? self : (self + 1 + random.nextInt(articles - 1)) % articles;
                target = "⟦a:" + other + "⟧";
            }
            wrap(sentences.get(order.get(next++)), random, target);
        }
        for (int link = 0; link < 3; link++) {
            wrap(sentences.get(order.get(next++)), random, EXTERNAL.get(random.nextInt(EXTERNAL.size())));
        }
        int footnotes = 2 + random.nextInt(2);
        for (int f = 1; f <= footnotes; f++) {
            List<String> sentence = sentences.get(order.get(next++));
            sentence.set(sentence.size() - 1, sentence.get(sentence.size() - 1) + "[^" + f + "]");
        }
        StringBuilder text = new StringBuilder();
        for (Object block : blocks) {
            text.append(block instanceof String s ? s : render(block)).append("\n\n");
        }
        for (int f = 1; f <= footnotes; f++) {
            text.append("[^").append(f).append("]: ").append(sentence(random, lang)).append(" <")
                    .append(EXTERNAL.get(random.nextInt(EXTERNAL.size()))).append(">\n");
        }
        return text.toString();
    }

    /** Puts two or three words of a sentence (not its first) into a link. */
    private static void wrap(List<String> sentence, Random random, String target) {
        int length = 2 + random.nextInt(2);
        int start = 1 + random.nextInt(Math.max(1, sentence.size() - length - 1));
        int end = Math.min(sentence.size() - 1, start + length - 1);
        sentence.set(start, "[" + sentence.get(start));
        sentence.set(end, sentence.get(end) + "](" + target + ")");
    }

    @SuppressWarnings("unchecked")
    private static String render(Object paragraph) {
        List<String> lines = new ArrayList<>();
        for (List<String> sentence : (List<List<String>>) paragraph) {
            lines.add(String.join(" ", sentence));
        }
        return String.join(" ", lines);
    }

    private static List<List<String>> paragraphSentences(Random random, String lang, int count,
                                                         List<List<String>> all) {
        List<List<String>> paragraph = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<String> sentence = sentenceWords(random, lang);
            paragraph.add(sentence);
            all.add(sentence);
        }
        return paragraph;
    }

    private static String paragraph(Random random, String lang, int count) {
        return render(paragraphSentences(random, lang, count, new ArrayList<>()));
    }

    private static String sentence(Random random, String lang) {
        return String.join(" ", sentenceWords(random, lang));
    }

    /**
     * 8 to 16 words, the first capitalised, now and then a comma, an emphasis, words in quotes, a colon or a
     * question: typed as an author types them, straight quotes and plain spaces, for the typography to fix.
     */
    private static List<String> sentenceWords(Random random, String lang) {
        int count = 8 + random.nextInt(9);
        List<String> words = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            words.add(word(random, lang));
        }
        words.set(0, capitalize(words.get(0)));
        int roll = random.nextInt(20);
        if (roll < 3) {
            int at = 1 + random.nextInt(count - 2);
            words.set(at, words.get(at) + ",");
        } else if (roll < 5) {
            int at = 1 + random.nextInt(count - 2);
            words.set(at, (roll == 3 ? "*" : "**") + words.get(at) + (roll == 3 ? "*" : "**"));
        } else if (roll < 7) {
            int at = 1 + random.nextInt(count - 3);
            words.set(at, "\"" + words.get(at));
            words.set(at + 1, words.get(at + 1) + "\"");
        } else if (roll == 7) {
            int at = 2 + random.nextInt(count - 4);
            words.set(at, words.get(at) + (lang.equals("fr") ? " :" : ":"));
        } else if (roll == 8) {
            words.set(1, words.get(1) + " `§ 1030(g)`");
        }
        String end = random.nextInt(12) == 0 ? (lang.equals("fr") ? " ?" : "?") : ".";
        words.set(count - 1, words.get(count - 1) + end);
        return words;
    }

    /** A plain sentence, for front matter: no quotes, no Markdown. */
    private static String description(Random random, String lang) {
        return capitalize(words(random, lang, 10 + random.nextInt(8))) + ".";
    }

    private static String word(Random random, String lang) {
        String[] words = lang.equals("en") ? EN_WORDS : FR_WORDS;
        return words[random.nextInt(words.length)];
    }

    private static String words(Random random, String lang, int count) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            words.add(word(random, lang));
        }
        return String.join(" ", words);
    }

    private static String heading(Random random, String lang, Set<String> taken) {
        while (true) {
            String heading = capitalize(words(random, lang, 2 + random.nextInt(4)));
            if (taken.add(heading.toLowerCase(Locale.ROOT))) {
                return heading;
            }
        }
    }

    private static String list(Random random, String lang) {
        boolean numbered = random.nextBoolean();
        StringBuilder list = new StringBuilder();
        int items = 4 + random.nextInt(3);
        for (int i = 1; i <= items; i++) {
            list.append(numbered ? i + ". " : "- ").append(capitalize(words(random, lang, 5 + random.nextInt(6))))
                    .append(i < items ? "\n" : "");
        }
        return list.toString();
    }

    private static String table(Random random, String lang) {
        boolean en = lang.equals("en");
        StringBuilder table = new StringBuilder(en ? "| Item | Date | Amount |\n" : "| Élément | Date | Montant |\n")
                .append("| --- | --- | ---: |\n");
        for (int row = 0; row < 4; row++) {
            int amount = 1_000 + random.nextInt(9_000_000);
            table.append("| ").append(capitalize(words(random, lang, 2 + random.nextInt(3)))).append(" | ")
                    .append(FIRST_DATE.plusDays(random.nextInt(2500))).append(" | ")
                    .append(en ? String.format(Locale.US, "$%,d", amount)
                            : String.format(Locale.ROOT, "%,d €", amount).replace(',', ' '))
                    .append(" |").append(row < 3 ? "\n" : "");
        }
        return table.toString();
    }

    private static String capitalize(String text) {
        return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    /** The sections menu, the same on every page: Amicus's templates have no list of sections of their own. */
    private static String amicusNav() {
        StringBuilder nav = new StringBuilder("<#-- Written by src/bench/Corpus.java: the sections of each language. -->\n"
                + "<#macro sections>\n");
        for (String lang : List.of("en", "fr")) {
            nav.append(lang.equals("en") ? "<#if lang.key == \"en\">\n" : "<#else>\n");
            for (Section section : SECTIONS) {
                String url = "/" + lang + "/" + section.slug(lang) + "/";
                nav.append("<li><a href=\"").append(url).append("\"<#if page.url == \"").append(url)
                        .append("\"> aria-current=\"page\"</#if>>").append(section.title(lang)).append("</a></li>\n");
            }
        }
        return nav.append("</#if>\n</#macro>\n").toString();
    }

    // ---- files -------------------------------------------------------------------------------------------------

    private static boolean hasFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.findAny().isPresent();
        }
    }

    private static void writeText(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        Files.copy(from, to);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.sorted().toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    copy(source, target);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
