// Small enhancements only; every page works without JavaScript.
(function () {
  // Keep filter URLs short: drop empty fields before the form is sent.
  document.querySelectorAll("form.filters").forEach(function (form) {
    form.addEventListener("submit", function () {
      form.querySelectorAll("input, select").forEach(function (field) {
        if (!field.value) field.disabled = true;
      });
    });
  });
  // On an article page, bring the linked evidence into view and flash it.
  function showTarget() {
    if (!location.hash || location.hash.indexOf("#ev-") !== 0) return;
    var mark = document.getElementById(location.hash.slice(1));
    if (!mark) return;
    document.querySelectorAll("mark.flash").forEach(function (m) { m.classList.remove("flash"); });
    mark.classList.add("flash");
    mark.scrollIntoView({ block: "center" });
  }
  window.addEventListener("hashchange", showTarget);
  document.addEventListener("DOMContentLoaded", showTarget);
})();
