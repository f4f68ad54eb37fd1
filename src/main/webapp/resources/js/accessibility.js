/*
 * Cohésion: accessible names for what PrimeFaces' text editor (Quill) builds in the browser.
 * Quill creates its editable area after the page has loaded, and again after every Ajax update of
 * the form, so the markup cannot carry the label: each new editable area is named here after the
 * title of its section (the section's heading, or the title field of a free section).
 */
(function () {
  "use strict";

  var counter = 0;

  function idOf(element) {
    if (!element.id) {
      counter += 1;
      element.id = "a11y-label-" + counter;
    }
    return element.id;
  }

  function label(editor) {
    var section = editor.closest("[data-editor-label]");
    if (!section) {
      return;
    }
    var title = section.querySelector(section.getAttribute("data-editor-label"));
    editor.setAttribute("role", "textbox");
    editor.setAttribute("aria-multiline", "true");
    if (title) {
      editor.setAttribute("aria-labelledby", idOf(title));
    }
  }

  function labelAll(root) {
    root.querySelectorAll("[data-editor-label] .ql-editor:not([aria-labelledby])").forEach(label);
  }

  function start() {
    labelAll(document);
    new MutationObserver(function () {
      labelAll(document);
    }).observe(document.body, {childList: true, subtree: true});
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
