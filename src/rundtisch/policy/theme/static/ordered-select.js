/* z3c.form's ordered selection (collective.easyform's "Zeige Antworten" on
   the sign-up form's edit page), templates/orderedselect_input.pt. Its own
   template wires the arrow buttons with onclick attributes and copies the
   chosen items into the form with an inline script, both refused by the
   Content-Security-Policy: the buttons did nothing and every save emptied
   the choice. Here the same functions of z3c.form's script file
   (++resource++orderedselect_input.js) are called from a file. */
(function () {
  "use strict";
  var MOVES = ["from2to", "to2from", "moveUp", "moveDown"];

  function wire(field) {
    if (field.dataset.wired) {
      return;
    }
    field.dataset.wired = "1";
    field.querySelectorAll("button[data-move]").forEach(function (button) {
      var move = button.dataset.move;
      if (MOVES.indexOf(move) >= 0) {
        button.addEventListener("click", function () {
          window[move](field.id);
        });
      }
    });
    // What the inline script did: the chosen items as hidden inputs.
    window.copyDataForSubmit(field.id);
  }

  function wireAll() {
    document
      .querySelectorAll(".ordered-selection-field[data-ordered-select]")
      .forEach(wire);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", wireAll);
  } else {
    wireAll();
  }
})();
