// The search rules shared by the build (which makes each language's index with them) and the reader's
// browser (which searches with them): words split at spaces, hyphens and apostrophes, so "l'affaire" is found
// by "affaire"; accents folded, so "decision" finds « décision » and "décision" finds "decision".
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
  lunr.Pipeline.registerFunction(fold, "amicusFold");
  lunr.tokenizer.separator = /[\s\-'’]+/;
  lunr.amicusFold = fold;
  lunr.amicusFoldText = foldText;
  // Applies the language's rules to an index being built. French: its stemmer and stop words, which know
  // accents, then folding. Other languages: folding before lunr's English stemmer, which expects plain letters.
  lunr.amicusSetup = function (builder, lang) {
    if (lang === "fr" && lunr.fr) {
      builder.use(lunr.fr);
      builder.pipeline.add(fold);
      builder.searchPipeline.add(fold);
    } else {
      builder.pipeline.before(lunr.stemmer, fold);
      builder.searchPipeline.before(lunr.stemmer, fold);
    }
  };
})(lunr);
