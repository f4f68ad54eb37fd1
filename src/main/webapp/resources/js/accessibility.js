/*
 * Cohésion: accessible names for what PrimeFaces' text editor (Quill) builds in the browser.
 * Quill creates its editable area and its toolbar after the page has loaded, and again after every
 * Ajax update of the form, so the markup cannot carry the names: a MutationObserver on the body
 * names each new editor when it appears.
 * - The editable area (.ql-editor) is named after the title of its section (the section's heading,
 *   or the title field of a free section).
 * - The toolbar's buttons and pickers come from PrimeFaces' HTML toolbar template, which gives them
 *   no text and no label (Quill only labels the buttons it builds from an array). Their translated
 *   names are rendered by the page into the data attributes of #editor-labels (Facelets escapes
 *   them), one per format ("data-bold"), or per format and value ("data-list-ordered",
 *   "data-indent-minus1" for value -1, "data-indent-plus1" for +1); a picker's items are named
 *   "picker: value" after the pattern in data-item-name.
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

  /*
   * PrimeFaces renders role="textbox" (and aria-required / aria-invalid when they apply) on the
   * editor's outer container, which holds the toolbar, Quill's editable area and the hidden input.
   * That container is not the text field: it takes no focus and no typing, and a textbox must not
   * contain buttons. Naming it would announce a second, empty text field around the real one; the
   * real one is .ql-editor (named above), so the role moves off the container and the states move
   * onto the editable area.
   */
  function unwrap(container) {
    var editor = container.querySelector(".ql-editor");
    if (!editor) {
      return; // Quill has not built it yet: the observer comes back when it does
    }
    container.removeAttribute("role");
    ["aria-required", "aria-invalid"].forEach(function (name) {
      if (container.hasAttribute(name)) {
        editor.setAttribute(name, container.getAttribute(name));
        container.removeAttribute(name);
      }
    });
  }

  function slug(value) {
    return String(value).replace(/^\+/, "plus").replace(/^-/, "minus");
  }

  /**
   * The Quill format of a toolbar control: the ql-* class that the labels name, alone or with the
   * control's value ("ql-bold" → "bold", "ql-list" value "ordered" → "list"); not Quill's state
   * classes (ql-active, ql-expanded, ql-picker…), which no label names.
   */
  function formatOf(control, names) {
    var value = control.getAttribute("value");
    for (var i = 0; i < control.classList.length; i++) {
      var c = control.classList[i];
      if (c.indexOf("ql-") === 0) {
        var format = c.substring(3);
        if (names.hasAttribute("data-" + format)
            || (value && names.hasAttribute("data-" + format + "-" + slug(value)))) {
          return format;
        }
      }
    }
    return null;
  }

  function name(names, format, value) {
    if (value) {
      var specific = names.getAttribute("data-" + format + "-" + slug(value));
      if (specific) {
        return specific;
      }
    }
    return names.getAttribute("data-" + format);
  }

  function setName(element, text) {
    element.setAttribute("aria-label", text);
    element.setAttribute("title", text);
  }

  function nameToolbar(toolbar, names) {
    if (!toolbar.hasAttribute("aria-label")) {
      toolbar.setAttribute("aria-label", names.getAttribute("data-toolbar"));
    }
    toolbar.querySelectorAll("button:not([aria-label])").forEach(function (button) {
      var format = formatOf(button, names);
      if (format) {
        setName(button, name(names, format, button.getAttribute("value")));
      }
    });
    // A picker (font, size, colours, alignment) replaces its hidden select with a span.ql-picker
    // holding a label and items, all with role="button".
    toolbar.querySelectorAll("span.ql-picker").forEach(function (picker) {
      var format = formatOf(picker, names);
      if (!format) {
        return;
      }
      var pickerName = names.getAttribute("data-" + format);
      picker.querySelectorAll(".ql-picker-label:not([aria-label])").forEach(function (l) {
        setName(l, pickerName);
      });
      picker.querySelectorAll(".ql-picker-item:not([aria-label])").forEach(function (item) {
        var value = item.getAttribute("data-value");
        var valueName = value
            ? names.getAttribute("data-" + format + "-" + slug(value)) || value
            : names.getAttribute("data-default");
        setName(item, names.getAttribute("data-item-name").replace("{0}", pickerName).replace("{1}", valueName));
      });
    });
  }

  function labelAll(root) {
    root.querySelectorAll("[data-editor-label] .ql-editor:not([aria-labelledby])").forEach(label);
    root.querySelectorAll(".ui-texteditor[role]").forEach(unwrap);
    var names = document.getElementById("editor-labels");
    if (names) {
      root.querySelectorAll(".ui-texteditor .ql-toolbar").forEach(function (toolbar) {
        nameToolbar(toolbar, names);
      });
    }
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
