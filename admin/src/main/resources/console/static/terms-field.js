// A synonym set's field prefilled with a query (data-caret-end, from the insight screen's link): focused with the
// caret after the query's line, so what the operator types goes after it. Browsers otherwise put the caret before
// a textarea's text when it gets focus, and typing would run into the query.
(function () {
  var field = document.querySelector('textarea[data-caret-end]');
  if (!field) {
    return;
  }
  field.focus();
  field.setSelectionRange(field.value.length, field.value.length);
})();
