package org.amicus.markdown.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A test's own judge of a page body's HTML, independent of {@link ContentPolicy}: set in a page as the templates
 * set it, in a {@code <div class="prose">} that the template's own markup follows (about.ftlh puts the change log
 * there), can it run script, load or style anything, or take in or close the template's markup?
 */
final class Inert {

    private static final Set<String> ACTIVE = Set.of("script", "iframe", "frame", "frameset", "object", "embed",
            "applet", "style", "link", "meta", "base", "form", "input", "button", "textarea", "select", "svg", "math",
            "noscript", "template", "xmp", "plaintext", "portal", "video", "audio", "source", "isindex", "marquee",
            "body", "title");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "cite", "action", "formaction", "data",
            "poster", "background", "srcset", "xlink:href", "ping");
    private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.-]*):");

    private Inert() {
    }

    /** What makes the HTML active, or an empty list when it is inert. */
    static List<String> faults(String bodyHtml) {
        Document page = Jsoup.parse("<!DOCTYPE html><html><head><title>t</title></head><body><main>"
                + "<div class=\"prose\">" + bodyHtml + "\n<p id=\"after\">after</p></div></main></body></html>");
        List<String> faults = new ArrayList<>();
        Element after = page.getElementById("after");
        if (after == null || after.parent() == null || !after.parent().hasClass("prose")) {
            faults.add("the body does not stay in its place: the template's next paragraph moved");
        }
        Element prose = page.selectFirst("div.prose");
        for (Element element : prose == null ? page.body().getAllElements() : prose.getAllElements()) {
            if (ACTIVE.contains(element.normalName())) {
                faults.add("<" + element.normalName() + ">");
            }
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                if (name.startsWith("on") || name.equals("style") || name.equals("srcdoc")) {
                    faults.add(name + " on <" + element.normalName() + ">");
                }
                if (URL_ATTRIBUTES.contains(name) && !safeUrl(attribute.getValue())) {
                    faults.add(name + "=" + attribute.getValue());
                }
            }
        }
        page.traverse((node, depth) -> {
            if (node instanceof Comment) {
                faults.add("a comment");
            }
        });
        return faults;
    }

    /** As a browser reads a URL: leading and trailing spaces and controls go, tabs and newlines inside too. */
    private static boolean safeUrl(String url) {
        String read = url.replaceAll("[\\t\\n\\r]", "").replaceAll("^[\\x00-\\x20]+|[\\x00-\\x20]+$", "")
                .toLowerCase(Locale.ROOT);
        Matcher scheme = SCHEME.matcher(read);
        return !scheme.find() || Set.of("http", "https", "mailto").contains(scheme.group(1));
    }
}
