// Syntax colours for the template editor, without a build step: a <pre> behind the transparent text of the
// <textarea> repeats the source with FreeMarker comments, directives, interpolations and HTML tags marked, and
// the lines the checks refused (data-error-lines) highlighted. Without JavaScript the plain textarea works alike.
(function () {
  "use strict";
  var TOKENS = /(<#--[\s\S]*?-->)|(<\/?[#@][^>]*>)|(\$\{[^}]*\})|(<\/?[a-zA-Z][^>]*>)/g;
  var KINDS = ["comment", "directive", "interpolation", "tag"];

  function escape(text) {
    return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  }

  function colour(source) {
    var html = "";
    var last = 0;
    source.replace(TOKENS, function (match) {
      var offset = arguments[arguments.length - 2];
      var kind = 0;
      while (!arguments[kind + 1]) {
        kind++;
      }
      html += escape(source.slice(last, offset)) + '<span class="tok-' + KINDS[kind] + '">' + escape(match) + "</span>";
      last = offset + match.length;
      return match;
    });
    return html + escape(source.slice(last));
  }

  function paint(textarea, pre, errorLines) {
    var lines = colour(textarea.value + "\n").split("\n");
    pre.innerHTML = lines.map(function (line, index) {
      return errorLines.indexOf(index + 1) >= 0 ? '<span class="error-line">' + line + "</span>" : line;
    }).join("\n");
  }

  function enhance(textarea) {
    var errorLines = (textarea.getAttribute("data-error-lines") || "").split(",").filter(Boolean).map(Number);
    var wrapper = document.createElement("div");
    var pre = document.createElement("pre");
    wrapper.className = "code-editor";
    pre.className = "code-colours";
    pre.setAttribute("aria-hidden", "true");
    textarea.parentNode.insertBefore(wrapper, textarea);
    wrapper.appendChild(pre);
    wrapper.appendChild(textarea);
    textarea.classList.add("coloured");
    paint(textarea, pre, errorLines);
    textarea.addEventListener("input", function () {
      paint(textarea, pre, errorLines);
    });
    textarea.addEventListener("scroll", function () {
      pre.scrollTop = textarea.scrollTop;
      pre.scrollLeft = textarea.scrollLeft;
    });
    if (errorLines.length) {
      var lineHeight = parseFloat(getComputedStyle(textarea).lineHeight) || 20;
      textarea.scrollTop = Math.max(0, (errorLines[0] - 3) * lineHeight);
    }
  }

  document.querySelectorAll("textarea.code").forEach(enhance);
})();
