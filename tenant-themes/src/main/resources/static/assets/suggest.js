/*
 * Search suggestions: turns each <input data-suggest="…/api/v1/suggest"> into a combobox with a list of
 * suggestions, following the WAI-ARIA combobox pattern (list autocomplete, focus stays in the box):
 * Down/Up move through the options (aria-activedescendant), Enter searches for the highlighted one, Escape
 * closes the list (or clears the box when it is closed), a live region says how many suggestions there are.
 * Without this script the box is a plain search field; it adds every role and state itself.
 */
(function () {
  'use strict';

  var DELAY_MS = 150;

  function setUp(input) {
    var form = input.form;
    var list = document.createElement('ul');
    var status = document.createElement('p');
    var options = [];
    var active = -1;
    var timer = 0;
    var pending = null;

    list.id = input.id + '-suggestions';
    list.className = 'suggestions';
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-label', input.getAttribute('data-suggest-label'));
    list.hidden = true;
    status.className = 'visually-hidden';
    status.setAttribute('role', 'status');
    form.classList.add('has-suggestions');
    form.appendChild(list);
    form.appendChild(status);

    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', list.id);
    input.setAttribute('autocomplete', 'off');

    function close() {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      active = -1;
    }

    function highlight(index) {
      if (options.length === 0) {
        return;
      }
      active = (index + options.length) % options.length;
      options.forEach(function (option, i) {
        option.setAttribute('aria-selected', i === active ? 'true' : 'false');
      });
      input.setAttribute('aria-activedescendant', options[active].id);
      options[active].scrollIntoView({ block: 'nearest' });
    }

    function choose(option) {
      input.value = option.textContent;
      close();
      form.submit();
    }

    function show(suggestions) {
      list.textContent = '';
      options = suggestions.map(function (suggestion, i) {
        var option = document.createElement('li');
        option.id = list.id + '-' + i;
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        option.textContent = suggestion.text;
        option.addEventListener('mousedown', function (event) {
          event.preventDefault();
          choose(option);
        });
        list.appendChild(option);
        return option;
      });
      active = -1;
      input.removeAttribute('aria-activedescendant');
      status.textContent = options.length === 0 ? input.getAttribute('data-suggest-none')
          : input.getAttribute('data-suggest-count').replace('{0}', options.length);
      list.hidden = options.length === 0;
      input.setAttribute('aria-expanded', options.length === 0 ? 'false' : 'true');
    }

    function fetchSuggestions() {
      var typed = input.value.trim();
      if (pending) {
        pending.abort();
      }
      if (typed === '') {
        close();
        status.textContent = '';
        return;
      }
      pending = new AbortController();
      fetch(input.getAttribute('data-suggest') + '?q=' + encodeURIComponent(typed), {
        headers: { Accept: 'application/json' },
        signal: pending.signal
      }).then(function (response) {
        return response.ok ? response.json() : { suggestions: [] };
      }).then(function (body) {
        if (input.value.trim() === typed) {
          show(body.suggestions || []);
        }
      }).catch(function () {
        /* aborted by newer typing, or offline: the box still searches on submit */
      });
    }

    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(fetchSuggestions, DELAY_MS);
    });
    input.addEventListener('keydown', function (event) {
      var open = !list.hidden;
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        if (!open && options.length > 0) {
          list.hidden = false;
          input.setAttribute('aria-expanded', 'true');
        }
        highlight(event.key === 'ArrowDown' ? active + 1 : (active < 0 ? options.length - 1 : active - 1));
        event.preventDefault();
      } else if (event.key === 'Enter' && open && active >= 0) {
        event.preventDefault();
        choose(options[active]);
      } else if (event.key === 'Escape') {
        if (open) {
          close();
        } else {
          input.value = '';
        }
        event.preventDefault();
      }
    });
    input.addEventListener('blur', close);
  }

  document.querySelectorAll('input[data-suggest]').forEach(setUp);
}());
