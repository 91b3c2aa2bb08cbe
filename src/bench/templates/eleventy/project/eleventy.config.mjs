// The benchmark corpus (src/bench/Corpus.java): the same site as amicus/ and hugo/ beside it.
import footnote from "markdown-it-footnote";
import anchor from "markdown-it-anchor";

const byUrl = (a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0);
const languages = ["en", "fr"];

/** Heading ids as Amicus writes them: accents folded, lowercase, words joined by hyphens. */
const slugify = (text) => text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
  .replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");

/** translationKey → every version of that page, made once per build. */
const versionsOf = new WeakMap();

export default function (eleventyConfig) {
  eleventyConfig.amendLibrary("md", (md) => md.set({ typographer: true }).use(footnote).use(anchor, { slugify }));
  eleventyConfig.addPassthroughCopy({ static: "static" });

  for (const lang of languages) {
    const pages = (api) => api.getFilteredByGlob(`./content/${lang}/**/*.md`).sort(byUrl);
    eleventyConfig.addCollection(lang, pages);
    eleventyConfig.addCollection(`sections_${lang}`,
      (api) => api.getFilteredByGlob(`./content/${lang}/*/index.md`).sort(byUrl));
    eleventyConfig.addCollection(`search_${lang}`, (api) => pages(api).filter((p) => p.data.layout === "search.njk"));
    eleventyConfig.addCollection(`articles_${lang}`,
      (api) => pages(api).filter((p) => p.data.date && !p.inputPath.endsWith("/index.md")));
  }

  eleventyConfig.addFilter("versions", (key, all) => {
    let index = versionsOf.get(all);
    if (!index) {
      index = new Map();
      for (const item of all) {
        const k = item.data.translationKey;
        if (!index.has(k)) index.set(k, []);
        index.get(k).push(item);
      }
      for (const list of index.values()) list.sort((a, b) => languages.indexOf(a.data.lang) - languages.indexOf(b.data.lang));
      versionsOf.set(all, index);
    }
    return index.get(key) || [];
  });
  eleventyConfig.addFilter("inSection", (pages, url) => pages.filter((p) => p.url.startsWith(url) && p.url !== url));
  eleventyConfig.addFilter("isoDate", (date) => date.toISOString().slice(0, 10));
  eleventyConfig.addFilter("dateText", (date, locale) =>
    new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(date));
  eleventyConfig.addFilter("newest", (pages) => pages.reduce((a, p) => (p.date > a ? p.date : a), new Date(0)));
  eleventyConfig.addFilter("byDateDesc", (pages) => [...pages].sort((a, b) => b.date - a.date || byUrl(a, b)));
  eleventyConfig.addFilter("searchDocuments", (pages) => JSON.stringify({
    pages: pages.filter((p) => p.data.layout !== "search.njk").map((p) => ({
      url: p.url, title: p.data.title, description: p.data.description,
      text: p.content.replace(/<[^>]*>/g, " ").replace(/\s+/g, " ").trim(),
    })),
  }));

  return {
    dir: { input: "content", includes: "../_includes", data: "../_data", output: "public" },
    markdownTemplateEngine: false,
    htmlTemplateEngine: "njk",
  };
}
