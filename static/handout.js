/* Trigger Point Explorer handout: the print button, "Download figure as PNG" for each inline body figure, and the
 * therapist's form, which writes the note and plan into the handout's link and opens it (the server draws the page
 * and its QR code from the link; nothing is stored). The buttons and the form are hidden in the HTML and shown here,
 * so a browser without JavaScript never shows dead controls. */
(function () {
  "use strict";

  var OPEN_KEY = "handout-plan-open"; // this tab only: unfold the form again after "Update handout" reloads
  var SCALE = 2; // the PNG is drawn at twice the figure's own size (1360 px wide), sharp enough to print

  function status(button, text) {
    var box = button.parentNode.querySelector(".figure-status");
    if (box) {
      box.textContent = text;
    }
  }

  function saveDataUrl(url, filename) {
    var link = document.createElement("a");
    link.href = url;
    link.download = filename;
    link.rel = "noopener";
    document.body.appendChild(link);
    link.click();
    link.remove();
  }

  // The SVG is self-contained (presentation attributes, no CSS), so its serialised copy draws the same in a canvas.
  // The copy grows to data-export-height to show the title and legend that only the PNG carries.
  function svgToPng(svg, onDone, onError) {
    var box = svg.viewBox.baseVal;
    var exportHeight = parseFloat(svg.getAttribute("data-export-height")) || box.height;
    var width = Math.round(box.width * SCALE);
    var height = Math.round(exportHeight * SCALE);
    var copy = svg.cloneNode(true);
    var legend = copy.querySelector(".export-legend");
    if (legend) {
      legend.removeAttribute("display");
    }
    copy.setAttribute("viewBox", [box.x, box.y, box.width, exportHeight].join(" "));
    copy.setAttribute("xmlns", "http://www.w3.org/2000/svg");
    copy.setAttribute("width", String(width));
    copy.setAttribute("height", String(height));
    var source = new XMLSerializer().serializeToString(copy);
    var image = new Image();
    image.onload = function () {
      var canvas = document.createElement("canvas");
      canvas.width = width;
      canvas.height = height;
      var context = canvas.getContext("2d");
      context.fillStyle = "#ffffff";
      context.fillRect(0, 0, width, height);
      context.drawImage(image, 0, 0, width, height);
      try {
        onDone(canvas.toDataURL("image/png"));
      } catch (error) {
        onError(error);
      }
    };
    image.onerror = onError;
    image.src = "data:image/svg+xml;charset=utf-8," + encodeURIComponent(source);
  }

  function downloadFigure(button) {
    var svg = document.getElementById(button.getAttribute("data-download-figure"));
    if (!svg) {
      return;
    }
    button.disabled = true;
    status(button, "Preparing the picture\u2026");
    svgToPng(
      svg,
      function (url) {
        saveDataUrl(url, button.getAttribute("data-filename") || "figure.png");
        button.disabled = false;
        status(button, "");
      },
      function () {
        button.disabled = false;
        status(button, "Sorry, this browser could not make the picture. Try printing instead.");
      }
    );
  }

  // The link the form describes, written as the server writes it: points (":left" for the left side), the note,
  // how often and how long per point (numbered as the page numbers them), and the methods option. Empty values are
  // left out, so the link and its QR code stay short.
  function encode(value) {
    return encodeURIComponent(value).replace(/%20/g, "+");
  }

  function planLink(form) {
    var points = [];
    var fields = [];
    form.querySelectorAll("fieldset[data-point]").forEach(function (fieldset, index) {
      var number = index + 1;
      var side = fieldset.querySelector("select").value;
      points.push(fieldset.getAttribute("data-point") + (side === "left" ? ":left" : ""));
      ["often", "duration"].forEach(function (name) {
        var value = fieldset.querySelector('[name^="' + name + '"]').value.trim();
        if (value) {
          fields.push(name + number + "=" + encode(value));
        }
      });
    });
    var note = form.elements.note.value.trim();
    var query = ["points=" + points.join(",")];
    if (note) {
      query.push("note=" + encode(note));
    }
    query = query.concat(fields);
    if (form.elements.methods.checked) {
      query.push("methods=1");
    }
    return window.location.origin + window.location.pathname + "?" + query.join("&");
  }

  function startPlanForm(details) {
    var form = details.querySelector("form");
    var link = form.querySelector("[data-link]");
    var status = form.querySelector("[data-form-status]");
    var shown = link.value;
    details.hidden = false;
    try {
      if (window.sessionStorage.getItem(OPEN_KEY)) {
        window.sessionStorage.removeItem(OPEN_KEY);
        details.open = true;
        status.textContent = "The handout now shows your note and plan. Print it, or copy the link.";
      }
    } catch (error) {
      // Storage may be off; the form then simply starts folded.
    }
    form.addEventListener("input", function () {
      link.value = planLink(form);
      status.textContent =
        link.value === shown ? "" : "Press \u201cUpdate handout\u201d to put this on the page and in its QR code.";
    });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      try {
        window.sessionStorage.setItem(OPEN_KEY, "1");
      } catch (error) {
        // Without storage the form starts folded after the update; nothing else changes.
      }
      window.location.replace(planLink(form));
    });
    form.querySelector("[data-copy-link]").addEventListener("click", function () {
      var copied = function () {
        status.textContent = "Link copied.";
      };
      var manual = function () {
        link.select();
        status.textContent = "The link is selected: press Ctrl+C (or \u2318C) to copy it.";
      };
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(link.value).then(copied, manual);
      } else {
        manual();
      }
    });
  }

  function start() {
    document.querySelectorAll("[data-print]").forEach(function (button) {
      button.addEventListener("click", function () {
        window.print();
      });
      button.hidden = false;
    });
    document.querySelectorAll("[data-download-figure]").forEach(function (button) {
      button.addEventListener("click", function () {
        downloadFigure(button);
      });
      button.hidden = false;
    });
    document.querySelectorAll("[data-plan-form]").forEach(startPlanForm);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
