// Search for the Hugo and Eleventy versions of the benchmark corpus: every word of the query must appear in
// the page's title, description or text (the index is the document list the build wrote beside the page).
(function () {
  'use strict';
  var form = document.querySelector('.search-form');
  if (!form) { return; }
  var results = document.getElementById('search-results');
  var fold = function (text) { return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase(); };
  fetch(form.getAttribute('data-index')).then(function (response) { return response.json(); }).then(function (index) {
    form.hidden = false;
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var words = fold(form.querySelector('input').value).split(/\s+/).filter(Boolean);
      results.textContent = '';
      index.pages.filter(function (page) {
        var text = fold(page.title + ' ' + page.description + ' ' + page.text);
        return words.length > 0 && words.every(function (word) { return text.indexOf(word) >= 0; });
      }).slice(0, 50).forEach(function (page) {
        var item = document.createElement('li');
        var link = document.createElement('a');
        link.href = page.url;
        link.textContent = page.title;
        item.appendChild(link);
        results.appendChild(item);
      });
    });
  });
})();
