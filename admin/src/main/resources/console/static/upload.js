// Enhancements of the console's upload forms; without this script they are plain forms.
// A file dropped on a [data-drop] field goes into its file input; a [data-copy] button copies the field it names.
document.querySelectorAll('[data-drop]').forEach(function (zone) {
  var input = zone.querySelector('input[type=file]');
  zone.addEventListener('dragover', function (event) {
    event.preventDefault();
    zone.classList.add('drop-over');
  });
  zone.addEventListener('dragleave', function () {
    zone.classList.remove('drop-over');
  });
  zone.addEventListener('drop', function (event) {
    event.preventDefault();
    zone.classList.remove('drop-over');
    if (event.dataTransfer.files.length > 0) {
      input.files = event.dataTransfer.files;
    }
  });
});
document.querySelectorAll('[data-copy]').forEach(function (button) {
  if (!navigator.clipboard) {
    return;
  }
  button.hidden = false;
  button.addEventListener('click', function () {
    var field = document.getElementById(button.dataset.copy);
    navigator.clipboard.writeText(field.value).then(function () {
      button.textContent = button.dataset.copied;
    });
  });
});
