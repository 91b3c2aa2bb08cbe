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
  // Stemming is most of the work of indexing, and a page says the same words again and again: each word is
  // stemmed once. `stem` takes a word and gives a word, or a list of words.
  function remembered(stem) {
    var stems = new Map();
    return function (token) {
      var word = token.toString();
      var stemmed = stems.get(word);
      if (stemmed === undefined) {
        stemmed = stem(word);
        stems.set(word, stemmed);
      }
      return typeof stemmed === "string" ? token.update(function () { return stemmed; })
          : stemmed.map(function (one) { return token.clone(function () { return one; }); });
    };
  }
  function stemmedBy(stemmer, word) {
    return stemmer(new lunr.Token(word)).toString();
  }
  var stemEnglish = remembered(function (word) {
    return stemmedBy(lunr.stemmer, word);
  });
  // French words are indexed stemmed as written and stemmed without their accents, since the stemmer knows
  // accented endings: « immunité » is found as "immun" (what "immunité" stems to) and "immunit" (what "immunite",
  // typed without accents, stems to).
  var stemFrench = remembered(function (word) {
    var written = foldText(stemmedBy(lunr.fr.stemmer, word));
    var plain = stemmedBy(lunr.fr.stemmer, foldText(word));
    return written === plain ? written : [written, plain];
  });
  lunr.Pipeline.registerFunction(fold, "amicusFold");
  lunr.Pipeline.registerFunction(stemEnglish, "amicusStemEn");
  lunr.Pipeline.registerFunction(stemFrench, "amicusStemFr");
  lunr.tokenizer.separator = /[\s\-'’]+/;
  // Applies the language's rules to an index being built. French: its stop words, then its stemmer, which knows
  // accents, with and without them; then folding. Other languages: folding before lunr's English stemmer, which
  // expects plain letters.
  lunr.amicusSetup = function (builder, lang) {
    if (lang === "fr" && lunr.fr) {
      builder.use(lunr.fr);
      builder.pipeline.after(lunr.fr.stemmer, stemFrench);
      builder.pipeline.remove(lunr.fr.stemmer);
      builder.searchPipeline.add(fold);
    } else {
      builder.pipeline.after(lunr.stemmer, stemEnglish);
      builder.pipeline.remove(lunr.stemmer);
      builder.pipeline.before(stemEnglish, fold);
      builder.searchPipeline.before(lunr.stemmer, fold);
    }
  };
})(lunr);
