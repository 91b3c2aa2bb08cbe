package org.amicus.markdown.safety;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Tag;
import org.jsoup.safety.Safelist;

/**
 * What the HTML of a page's Markdown may hold, since content is not trusted (an outside translator may send it):
 * the elements an explainer needs, the attributes they need, and links that are {@code https}, {@code http},
 * {@code mailto} or relative, in any letter case and whatever entities or spaces hide the scheme. No script,
 * frame, form, style, event handler or other URL scheme. One definition: jsoup's {@link Safelist} is built from it,
 * and both the checks of the Markdown and the sanitizer that verifies each rendered page use that safelist.
 *
 * <p>Images must be files of the site (the Content-Security-Policy lets pages load images from the site only).
 */
public final class ContentPolicy {

    /** Relative links are resolved against this address, so they pass as {@code https}. */
    static final String BASE = "https://amicus.invalid/";

    /** Attributes every allowed element may carry. */
    private static final List<String> GLOBAL = List.of("class", "dir", "id", "lang", "title");

    /** Every element allowed, with the attributes it may carry besides {@link #GLOBAL}. */
    private static final Map<String, List<String>> ELEMENTS = new TreeMap<>(Map.ofEntries(
            Map.entry("a", List.of("aria-describedby", "href", "hreflang")),
            Map.entry("abbr", List.of()), Map.entry("aside", List.of("role")), Map.entry("b", List.of()),
            Map.entry("bdi", List.of()), Map.entry("bdo", List.of()), Map.entry("blockquote", List.of("cite")),
            Map.entry("br", List.of()), Map.entry("caption", List.of()), Map.entry("cite", List.of()),
            Map.entry("code", List.of()), Map.entry("col", List.of("span")), Map.entry("colgroup", List.of("span")),
            Map.entry("dd", List.of()), Map.entry("del", List.of("cite", "datetime")),
            Map.entry("details", List.of("open")), Map.entry("dfn", List.of()), Map.entry("div", List.of()),
            Map.entry("dl", List.of()), Map.entry("dt", List.of()), Map.entry("em", List.of()),
            Map.entry("figcaption", List.of()), Map.entry("figure", List.of()), Map.entry("h1", List.of()),
            Map.entry("h2", List.of()), Map.entry("h3", List.of()), Map.entry("h4", List.of()),
            Map.entry("h5", List.of()), Map.entry("h6", List.of()), Map.entry("hr", List.of()),
            Map.entry("i", List.of()), Map.entry("img", List.of("alt", "height", "src", "width")),
            Map.entry("ins", List.of("cite", "datetime")), Map.entry("kbd", List.of()), Map.entry("li", List.of("value")),
            Map.entry("mark", List.of()), Map.entry("ol", List.of("reversed", "start", "type")),
            Map.entry("p", List.of()), Map.entry("pre", List.of()), Map.entry("q", List.of("cite")),
            Map.entry("s", List.of()), Map.entry("samp", List.of()), Map.entry("small", List.of()),
            Map.entry("span", List.of("role")), Map.entry("strong", List.of()), Map.entry("sub", List.of()),
            Map.entry("summary", List.of()), Map.entry("sup", List.of()), Map.entry("table", List.of()),
            Map.entry("tbody", List.of()), Map.entry("td", List.of("align", "colspan", "rowspan")),
            Map.entry("tfoot", List.of()), Map.entry("th", List.of("align", "colspan", "rowspan", "scope")),
            Map.entry("thead", List.of()), Map.entry("time", List.of("datetime")), Map.entry("tr", List.of()),
            Map.entry("u", List.of()), Map.entry("ul", List.of()), Map.entry("var", List.of()),
            Map.entry("wbr", List.of())));

    /** Attributes holding a URL, and the schemes each allows besides relative links. */
    private static final Map<String, List<String>> SCHEMES = Map.of(
            "a href", List.of("https", "http", "mailto"),
            "img src", List.of("https", "http"),
            "blockquote cite", List.of("https", "http"),
            "q cite", List.of("https", "http"),
            "del cite", List.of("https", "http"),
            "ins cite", List.of("https", "http"));

    private static final Set<String> SCRIPT = Set.of("script", "noscript", "template");
    private static final Set<String> EMBEDS = Set.of("iframe", "frame", "frameset", "object", "embed", "applet",
            "portal", "audio", "video", "source", "track", "picture");
    private static final Set<String> STYLING = Set.of("style", "link", "meta", "base", "font", "center");
    private static final Set<String> FORMS = Set.of("form", "input", "button", "select", "option", "textarea",
            "label", "fieldset", "output", "datalist", "optgroup", "keygen");
    private static final Set<String> DRAWINGS = Set.of("svg", "math", "canvas");

    /** The sanitizer's rules; the Cleaner built on it accepts a page's HTML only when none of it would be dropped. */
    static final Safelist SAFELIST = safelist();

    /** Every allowed element's attribute names, {@link #GLOBAL} included, sorted. */
    private static final Map<String, List<String>> NAMES = names();

    /** Why something is refused, and how to write it instead. */
    public record Refusal(String message, String fix) {
    }

    private ContentPolicy() {
    }

    /** Empty when an author may write this element ({@code <details>}); otherwise why not. */
    static Optional<Refusal> element(String tag) {
        if (SAFELIST.isSafeTag(tag)) {
            return Optional.empty();
        }
        String what = "`<" + tag + ">` is not allowed in a page";
        if (SCRIPT.contains(tag)) {
            return refuse(what + ": pages run no script of their own",
                    "remove it; scripts belong to the templates (templates/static/js/), which are trusted");
        }
        if (EMBEDS.contains(tag)) {
            return refuse(what + ": pages embed nothing from another site",
                    "link to it instead: `[what it is](https://…)`");
        }
        if (STYLING.contains(tag)) {
            return refuse(what + ": the templates' stylesheet styles the pages",
                    "remove it; give the text a class with `{.class}` and style it in templates/static/css/");
        }
        if (FORMS.contains(tag)) {
            return refuse(what + ": pages have no forms", "remove it");
        }
        if (DRAWINGS.contains(tag)) {
            return refuse(what, "save the drawing as a file beside the page and show it with "
                    + "`![what it shows](drawing.svg)`");
        }
        return refuse(what, "use Markdown, or one of these elements: " + String.join(", ", ELEMENTS.keySet()));
    }

    /**
     * Empty when the attribute may stay on this (allowed) element, with its value: a link's scheme is checked
     * here, as is an image's origin.
     */
    static Optional<Refusal> attribute(Element element, Attribute attribute) {
        String tag = element.normalName();
        String name = attribute.getKey().toLowerCase(Locale.ROOT);
        if (!allowedNames(tag).contains(name)) {
            if (name.startsWith("on")) {
                return refuse("`" + name + "` on `<" + tag + ">` is not allowed: pages run no script of their own",
                        "remove the attribute; scripts belong to the templates, which are trusted");
            }
            if (name.equals("style")) {
                return refuse("`style` on `<" + tag + ">` is not allowed: the templates' stylesheet styles the "
                        + "pages", "remove it; give the element a class and style it in templates/static/css/");
            }
            return refuse("`" + name + "` on `<" + tag + ">` is not allowed", "allowed on `<" + tag + ">`: "
                    + String.join(", ", allowedNames(tag)));
        }
        if (!SAFELIST.isSafeAttribute(tag, element, attribute)) {
            return refuse(notAllowedUrl(attribute.getValue(), SCHEMES.get(tag + " " + name)), URL_FIX);
        }
        if (tag.equals("img") && name.equals("src") && isAbsolute(element, attribute)) {
            return refuse(IMAGE_ELSEWHERE.formatted(attribute.getValue()), IMAGE_FIX);
        }
        return Optional.empty();
    }

    /** Empty when a Markdown link may lead there: {@code https:}, {@code http:}, {@code mailto:} or relative. */
    public static Optional<Refusal> link(String url) {
        return url("a", "href", url);
    }

    /** Empty when a Markdown image may show this file: relative, so a file of the site. */
    public static Optional<Refusal> image(String url) {
        return url("img", "src", url);
    }

    private static Optional<Refusal> url(String tag, String attribute, String url) {
        if (isPlainPath(url) || (tag.equals("a") && isPlainWebAddress(url))) {
            return Optional.empty();
        }
        Element element = new Element(Tag.valueOf(tag), BASE);
        element.attr(attribute, url);
        return attribute(element, element.attribute(attribute));
    }

    /**
     * Whether an element the policy allows may keep this attribute, as {@link #attribute} decides, but without
     * making a jsoup element where the value is a plain path of the site, such as most links a page's Markdown
     * makes. For HTML the build made itself, whose tags are read without a parse.
     */
    static boolean allows(String tag, String name, String value) {
        if (!NAMES.getOrDefault(tag, GLOBAL).contains(name)) {
            return false;
        }
        if (!SCHEMES.containsKey(tag + " " + name) || isPlainPath(value)
                || (!tag.equals("img") && isPlainWebAddress(value))) {
            return true;
        }
        Element element = new Element(Tag.valueOf(tag), BASE);
        element.attr(name, value);
        return attribute(element, element.attribute(name)).isEmpty();
    }

    /**
     * A relative address that cannot hide a scheme or another host: not empty, not starting with {@code //}, and
     * made only of letters, digits and {@link #PATH_MARKS} (no colon, backslash, space or control character).
     * Resolved against the site, it stays on the site, so every URL attribute of the policy allows it.
     */
    static boolean isPlainPath(String url) {
        if (url.isEmpty() || url.startsWith("//")) {
            return false;
        }
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (!Character.isLetterOrDigit(c) && PATH_MARKS.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * An address on another site whose scheme is plainly {@code https} or {@code http}, lower-case: the scheme,
     * {@code //}, then only what {@link #isPlainPath} accepts (so no port). Every URL attribute but an image's
     * allows it.
     */
    static boolean isPlainWebAddress(String url) {
        String rest = url.startsWith("https://") ? url.substring(8) : url.startsWith("http://") ? url.substring(7)
                : null;
        return rest != null && !rest.startsWith("/") && isPlainPath(rest);
    }

    /** The marks of a path, query or fragment that {@link #isPlainPath} accepts. */
    private static final String PATH_MARKS = "-._~/#%?=&+,;!$'()*@";

    private static final String URL_FIX = "link to a page or file by its path (`the-case.md`), or to a full "
            + "`https://` address";
    private static final String IMAGE_ELSEWHERE = "image `%s` is on another site: the site's "
            + "Content-Security-Policy lets pages show only the site's own images";
    private static final String IMAGE_FIX = "save the image beside the page and write its file name: "
            + "`![what it shows](figures/chart.png)`";

    private static String notAllowedUrl(String url, List<String> schemes) {
        return "`" + url.strip() + "` is not an allowed address: only " + String.join(", ", schemes)
                + " and relative links are";
    }

    /** An address with a scheme or a host of its own, rather than a path on this site. */
    private static boolean isAbsolute(Element element, Attribute attribute) {
        return !element.absUrl(attribute.getKey()).startsWith(BASE);
    }

    private static List<String> allowedNames(String tag) {
        return NAMES.getOrDefault(tag, GLOBAL);
    }

    private static Map<String, List<String>> names() {
        Map<String, List<String>> names = new TreeMap<>();
        ELEMENTS.forEach((tag, attributes) -> names.put(tag,
                Stream.concat(GLOBAL.stream(), attributes.stream()).sorted().toList()));
        return Map.copyOf(names);
    }

    private static Optional<Refusal> refuse(String message, String fix) {
        return Optional.of(new Refusal(message, fix));
    }

    private static Safelist safelist() {
        Safelist safelist = new Safelist().preserveRelativeLinks(true);
        safelist.addAttributes(":all", GLOBAL.toArray(String[]::new));
        ELEMENTS.forEach((tag, attributes) -> {
            safelist.addTags(tag);
            if (!attributes.isEmpty()) {
                safelist.addAttributes(tag, attributes.toArray(String[]::new));
            }
        });
        SCHEMES.forEach((where, schemes) -> {
            String[] tagAndAttribute = where.split(" ");
            safelist.addProtocols(tagAndAttribute[0], tagAndAttribute[1], schemes.toArray(String[]::new));
        });
        return safelist;
    }
}
