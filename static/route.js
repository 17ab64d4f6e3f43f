// Runs before the page body is parsed (a classic, render-blocking script of a few bytes, so no
// inline script is needed under the Content-Security-Policy). The HTML carries a prerendered
// copy of the default view (Finnish home page); for any other address it is hidden so that
// nobody sees the wrong page or language while the app loads.
(function () {
  var query = window.location.search.replace(/^\?/, '');
  if (query !== '' && query !== 'lang=fi' && query !== 'lang=fi&page=home') {
    document.documentElement.className += ' no-prerender';
  }
}());
