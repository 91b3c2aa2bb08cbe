// The search rules, with which the reader's browser indexes the pages and then searches them: words split at
// spaces, hyphens and apostrophes, so "l'affaire" is found by "affaire"; accents folded, so "decision" finds
// « décision » and "décision" finds "decision".
(function (lunr) {
  "use strict";
  var accents = {
    "à": "a", "â": "a", "ä": "a", "á": "a", "ã": "a", "å": "a",
    "ç": "c",
    "é": "e", "è": "e", "ê": "e", "ë": "e",
    "î": "i", "ï": "i", "í": "i", "ì": "i",
    "ô": "o", "ö": "o", "ó": "o", "ò": "o", "õ": "o",
    "û": "u", "ü": "u", "ù": "u", "ú": "u",
    "ÿ": "y", "ñ": "n", "œ": "oe", "æ": "ae"
  };
  function foldText(text) {
    return text.replace(/[àâäáãåçéèêëîïíìôöóòõûüùúÿñœæ]/g, function (c) { return accents[c]; });
  }
  function fold(token) {
    return token.update(foldText);
  }
  // French words are indexed stemmed as written and stemmed without their accents, since the stemmer knows
  // accented endings: « immunité » is found as "immun" (what "immunité" stems to) and "immunit" (what "immunite",
  // typed without accents, stems to).
  function stemWithAndWithoutAccents(token) {
    var written = fold(lunr.fr.stemmer(token.clone()));
    var plain = lunr.fr.stemmer(fold(token.clone()));
    return written.toString() === plain.toString() ? written : [written, plain];
  }
  lunr.Pipeline.registerFunction(fold, "amicusFold");
  lunr.Pipeline.registerFunction(stemWithAndWithoutAccents, "amicusStemFr");
  lunr.tokenizer.separator = /[\s\-'’]+/;
  // Applies the language's rules to an index being built. French: its stop words, then its stemmer, which knows
  // accents, with and without them; then folding. Other languages: folding before lunr's English stemmer, which
  // expects plain letters.
  lunr.amicusSetup = function (builder, lang) {
    if (lang === "fr" && lunr.fr) {
      builder.use(lunr.fr);
      builder.pipeline.after(lunr.fr.stemmer, stemWithAndWithoutAccents);
      builder.pipeline.remove(lunr.fr.stemmer);
      builder.searchPipeline.add(fold);
    } else {
      builder.pipeline.before(lunr.stemmer, fold);
      builder.searchPipeline.before(lunr.stemmer, fold);
    }
  };
})(lunr);
