/* Trigger Point Explorer handout: the print button, and "Download figure as PNG" for each inline body figure.
 * The buttons are hidden in the HTML and shown here, so a browser without JavaScript never shows dead buttons. */
(function () {
  "use strict";

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
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
