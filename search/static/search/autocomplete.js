// Suggests page titles in the search box as the visitor types (progressive
// enhancement: without this file the search form works the same).
(function () {
  "use strict";
  var input = document.querySelector("input[data-suggest-url]");
  if (!input || !window.fetch) return;
  var list = document.getElementById(input.getAttribute("list"));
  var timer = null;
  var latest = "";

  function show(suggestions) {
    list.textContent = "";
    suggestions.forEach(function (item) {
      var option = document.createElement("option");
      option.value = item.title;
      list.appendChild(option);
    });
  }

  function ask() {
    var text = input.value.trim();
    latest = text;
    if (text.length < 2) return show([]);
    var url = input.dataset.suggestUrl + "?q=" + encodeURIComponent(text);
    fetch(url, { headers: { Accept: "application/json" } })
      .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
      .then(function (data) { if (text === latest) show(data.suggestions); })
      .catch(function () { show([]); });
  }

  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(ask, 150);
  });
})();
