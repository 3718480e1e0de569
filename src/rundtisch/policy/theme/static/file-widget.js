/* File and image widgets of the edit forms (browser/file_widgets.py).
   Does what plone.formwidget.namedfile's inline script did, from a file the
   Content-Security-Policy allows: choosing a file ticks "ersetzen"; ticking
   "behalten" or "entfernen" clears a file chosen before. */
(function () {
  "use strict";
  if (window.rundtischFileWidget) {
    return;
  }
  window.rundtischFileWidget = true;

  function radios(input) {
    var name = input.name + ".action";
    return document.querySelectorAll(
      'input[type="radio"][name="' + name.replace(/"/g, '\\"') + '"]'
    );
  }

  document.addEventListener("change", function (event) {
    var target = event.target;
    if (target.type === "file" && target.files && target.files.length) {
      radios(target).forEach(function (radio) {
        radio.checked = radio.value === "replace";
      });
    } else if (target.type === "radio" && /\.action$/.test(target.name)) {
      var input = document.querySelector(
        'input[type="file"][name="' + target.name.slice(0, -7) + '"]'
      );
      if (input && target.value !== "replace") {
        input.value = "";
      }
    }
  });
})();
