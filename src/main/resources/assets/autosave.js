// Saves a section's answers as they are given. The page works without it: the form posts, the
// server answers a page. With it, each change posts the same form in the background, asking for JSON
// (the same route, the same checks), so nothing is typed twice and no answer waits for the button.
// A save that fails says so beside the status line and keeps every answer on the page; it is tried
// again every few seconds, and on the next change, until it goes through. The words shown come from
// the page (data-* attributes, written from the message bundle), never from this file.
(function () {
  "use strict";
  var form = document.querySelector("form[data-autosave]");
  if (!form || !window.fetch || !window.URLSearchParams) {
    return;
  }
  var status = document.getElementById("save-status");
  var timer = null;
  var retry = null;
  var running = false;
  var again = false;

  function say(text, kind) {
    status.textContent = text;
    status.className = "save-status" + (kind ? " save-" + kind : "");
  }

  function clearErrors() {
    [].forEach.call(form.querySelectorAll(".error-message.from-save"), function (p) { p.remove(); });
    [].forEach.call(form.querySelectorAll(".field-error.from-save"), function (d) { d.classList.remove("field-error", "from-save"); });
  }

  function showErrors(errors) {
    errors.forEach(function (e) {
      var field = document.getElementById(e.field);
      var block = field && field.closest(".question");
      if (!block) {
        return;
      }
      var p = document.createElement("p");
      p.className = "error-message from-save";
      p.textContent = e.message;
      var before = block.querySelector(".radios, .with-unit, textarea, .field") || field;
      before.parentNode.insertBefore(p, before);
      if (!block.classList.contains("field-error")) {
        block.classList.add("field-error", "from-save");
      }
    });
  }

  // The preview beside the form: the scores and statuses the saved answers move, drawn by the server.
  function refreshPreview() {
    var aside = document.getElementById("preview");
    if (!aside || !aside.dataset.src) {
      return;
    }
    fetch(aside.dataset.src, { credentials: "same-origin", headers: { "Accept": "text/html" } }).then(function (r) {
      return r.ok ? r.text() : null;
    }).then(function (html) {
      if (html !== null) {
        aside.innerHTML = html;
      }
    }).catch(function () { /* the preview waits for the next save */ });
  }

  function save() {
    if (running) {
      again = true;
      return;
    }
    running = true;
    clearTimeout(retry);
    say(form.dataset.saving, "busy");
    fetch(form.action, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Accept": "application/json", "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(new FormData(form)).toString()
    }).then(function (r) {
      if (!r.ok) {
        throw new Error(String(r.status));
      }
      return r.json();
    }).then(function (answer) {
      form.elements.base.value = answer.base;
      clearErrors();
      if (answer.saved) {
        refreshPreview();
        say(form.dataset.saved.replace("{time}", new Date().toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" })), "done");
      } else {
        showErrors(answer.errors);
        say(form.dataset.invalid, "error");
      }
    }).catch(function () {
      say(form.dataset.failed, "error");
      retry = setTimeout(save, 5000);
    }).then(function () {
      running = false;
      if (again) {
        again = false;
        save();
      }
    });
  }

  function changed() {
    clearTimeout(timer);
    timer = setTimeout(save, 300);
  }

  form.addEventListener("change", changed);
  window.addEventListener("online", save);
  say(form.dataset.ready, "");
})();
