// The review page of `summarizer review --web`: buttons and keys send each decision to the server at once.
// Every form also works without this script (a plain POST, then back to the page); with it, the server's
// answer replaces the claim's panel in place and the next undecided claim is selected.
// Keys (ignored while typing in a field): k keep rejected, a accept (type the note, Enter), e edit
// (Enter re-verifies), s skip; j or Down next claim, Up or Shift+K previous; Esc leaves a field. "k" keeps,
// as in the terminal review, so moving up is Up or Shift+K, never a bare k.
(function () {
  'use strict';
  var csrf = document.querySelector('meta[name="csrf-token"]').getAttribute('content');
  var flash = document.getElementById('flash');
  var current = -1;

  function items() { return Array.prototype.slice.call(document.querySelectorAll('.review-item')); }

  function select(index, focus, scroll) {
    var list = items();
    if (!list.length) { return; }
    current = Math.max(0, Math.min(index, list.length - 1));
    list.forEach(function (el, n) { el.classList.toggle('current', n === current); });
    if (focus !== false) { list[current].focus({preventScroll: true}); }
    if (scroll !== false) { list[current].scrollIntoView({block: 'nearest'}); }
  }

  function nextUndecided(from) {
    var list = items();
    for (var n = from + 1; n < list.length; n++) {
      if (list[n].getAttribute('data-decided') !== 'true') { return n; }
    }
    return Math.min(from + 1, list.length - 1);
  }

  function say(text, ok) {
    flash.textContent = text;
    flash.className = ok ? 'ok' : 'bad';
  }

  function post(form, action) {
    var data = new URLSearchParams(new FormData(form));
    if (action) { data.set('action', action); }
    return fetch(form.getAttribute('action'), {
      method: 'POST', body: data, credentials: 'same-origin',
      headers: {'Accept': 'application/json', 'X-CSRF-Token': csrf}
    }).then(function (response) {
      // A refusal (403: say, the server was restarted with a new token) is plain text: show it as it is.
      return response.text().then(function (text) {
        try { return JSON.parse(text); } catch (e) {
          return {ok: false, message: text.trim() || 'The server answered ' + response.status + '.'};
        }
      });
    });
  }

  function decide(form, action) {
    post(form, action).then(function (doc) {
      if (!doc.ok) { say(doc.message, false); return; }
      var old = document.getElementById('claim-' + doc.claim);
      var holder = document.createElement('div');
      holder.innerHTML = doc.html;  // rendered and escaped by the server, like the rest of the page
      var fresh = holder.firstElementChild;
      old.replaceWith(fresh);
      document.getElementById('verification').textContent = doc.verification;
      document.getElementById('progress').textContent = doc.progress;
      say(doc.message, doc.settled);
      var index = items().indexOf(fresh);
      select(doc.settled ? nextUndecided(index) : index);
    }).catch(function (error) {
      say('Not saved: the review server could not be reached (' + error + '). Reload to see what was saved.', false);
    });
  }

  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (form.classList.contains('decision')) {
      event.preventDefault();
      var submitter = event.submitter;
      decide(form, submitter && submitter.name === 'action' ? submitter.value : null);
    } else if (form.classList.contains('publish')) {
      event.preventDefault();
      post(form, null).then(function (doc) { say(doc.message, doc.ok); })
        .catch(function (error) { say('Not published: the review server could not be reached (' + error + ').', false); });
    }
  });

  document.addEventListener('click', function (event) {
    var item = event.target.closest ? event.target.closest('.review-item') : null;
    if (item) { select(items().indexOf(item), false, false); }
  });

  document.addEventListener('keydown', function (event) {
    var target = event.target;
    var tag = target && target.tagName;
    if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT') {
      if (event.key === 'Escape') {
        target.blur();
        var holder = target.closest('.review-item');
        if (holder) { holder.focus({preventScroll: true}); }
      } else if (event.key === 'Enter' && tag === 'TEXTAREA' && !event.shiftKey) {
        event.preventDefault();  // a claim is one line: Enter re-verifies the edit
        target.form.requestSubmit();
      }
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey) { return; }
    var item = items()[current];
    if (!item) { return; }
    switch (event.key) {
      case 'j': case 'ArrowDown': select(current + 1); break;
      case 'K': case 'ArrowUp': select(current - 1); break;
      case 'k': decide(item.querySelector('form.keep'), 'keep'); break;
      case 's': decide(item.querySelector('form.keep'), 'skip'); break;
      case 'a': item.querySelector('input[name="note"]').focus(); break;
      case 'e':
        var text = item.querySelector('textarea[name="text"]');
        text.focus();
        text.setSelectionRange(text.value.length, text.value.length);
        break;
      default: return;
    }
    event.preventDefault();
  });

  var wanted = items().findIndex(function (el) { return '#' + el.id === window.location.hash; });
  // On arrival the page stays at its top (the header says what to do), unless the address names a claim.
  select(wanted >= 0 ? wanted : nextUndecided(-1), false, wanted >= 0);
})();
