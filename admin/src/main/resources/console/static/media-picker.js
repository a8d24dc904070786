// Choosing a library image for a single image field (the logo) fills the field at once. Without this script the
// choice still counts: the form's next post puts it in the field (MediaPicks on the server).
document.addEventListener('change', function (event) {
  var radio = event.target;
  if (!(radio instanceof HTMLInputElement) || radio.type !== 'radio' || !radio.hasAttribute('data-fills')) {
    return;
  }
  var field = document.getElementById(radio.getAttribute('data-fills'));
  if (field) {
    field.value = radio.value;
  }
});
