/* Cohésion search: suggestions in the header's box as one types (a datalist, read by screen readers). */
(function () {
  "use strict";
  var input = document.getElementById("header-search-q");
  var list = document.getElementById("header-search-suggestions");
  if (!input || !list || !window.fetch) {
    return;
  }
  var timer = null;
  var asked = "";
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      var q = input.value.trim();
      if (q.length < 2 || q === asked) {
        return;
      }
      asked = q;
      fetch(input.getAttribute("data-suggest") + "?q=" + encodeURIComponent(q), {
        credentials: "same-origin",
        headers: { Accept: "application/json" }
      })
        .then(function (r) {
          return r.ok ? r.json() : [];
        })
        .then(function (items) {
          if (q !== asked) {
            return;
          }
          while (list.firstChild) {
            list.removeChild(list.firstChild);
          }
          items.forEach(function (item) {
            var option = document.createElement("option");
            option.value = item.title;
            list.appendChild(option);
          });
        })
        .catch(function () {});
    }, 150);
  });
})();
