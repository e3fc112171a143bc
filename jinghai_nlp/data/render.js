/* jinghai_nlp HTML view (jinghai_nlp/render.py): sorting, filtering, hover cards, row links. No network. */
(function () {
  "use strict";
  function setUp(root) {
    if (root.dataset.jhReady) return;
    root.dataset.jhReady = "1";
    var table = root.querySelector("table.jh-table");
    var tbody = table.tBodies[0];
    var rows = Array.prototype.slice.call(tbody.rows);
    var selects = root.querySelectorAll("select[data-filter]");
    var count = root.querySelector(".jh-count");
    var pieces = root.querySelectorAll(".jh-tgt[data-g]");

    // filtering: by status, area, deadline (and document)
    function applyFilters() {
      var want = {};
      selects.forEach(function (s) { if (s.value) want[s.dataset.filter] = s.value; });
      var shown = {};
      var n = 0;
      rows.forEach(function (tr) {
        var ok = Object.keys(want).every(function (k) { return tr.dataset[k] === want[k]; });
        tr.hidden = !ok;
        if (ok) { shown[tr.dataset.g] = true; n += 1; }
      });
      pieces.forEach(function (el) { el.classList.toggle("jh-dim", !shown[el.dataset.g]); });
      count.textContent = n + " of " + rows.length + " targets";
    }
    selects.forEach(function (s) { s.addEventListener("change", applyFilters); });

    // sorting: click a column header (again to reverse)
    table.querySelectorAll("th[data-key]").forEach(function (th, col) {
      th.querySelector("button").addEventListener("click", function () {
        var dir = th.getAttribute("aria-sort") === "ascending" ? -1 : 1;
        table.querySelectorAll("th[data-key]").forEach(function (o) { o.setAttribute("aria-sort", "none"); });
        th.setAttribute("aria-sort", dir === 1 ? "ascending" : "descending");
        var num = th.dataset.type === "num";
        var sorted = rows.slice().sort(function (a, b) {
          var x = a.cells[col].dataset.sort, y = b.cells[col].dataset.sort;
          var c;
          if (num) {
            var fx = x === "" ? Infinity : parseFloat(x), fy = y === "" ? Infinity : parseFloat(y);
            c = fx === fy ? 0 : fx < fy ? -1 : 1;
          } else {
            c = x.localeCompare(y, "zh-Hans-CN");
          }
          return c !== 0 ? dir * c : Number(a.dataset.g) - Number(b.dataset.g);
        });
        sorted.forEach(function (tr) { tbody.appendChild(tr); });
      });
    });

    // hover cards: the target under the pointer and every target around it
    var card = document.createElement("div");
    card.className = "jh-card";
    card.hidden = true;
    root.appendChild(card);
    pieces.forEach(function (el) {
      el.dataset.card = el.getAttribute("title") || "";
      el.removeAttribute("title");
    });
    function show(ev) {
      var el = ev.target.closest ? ev.target.closest(".jh-tgt[data-g]") : null;
      if (!el || !root.contains(el) || el.classList.contains("jh-dim")) { card.hidden = true; return; }
      card.textContent = "";
      var seen = {};
      for (var p = el; p && p !== root; p = p.parentElement) {
        if (!p.dataset || !p.dataset.g || seen[p.dataset.g]) continue;
        seen[p.dataset.g] = true;
        if (card.childNodes.length) card.appendChild(document.createElement("hr"));
        var lines = p.dataset.card.split("\n");
        var b = document.createElement("b");
        b.textContent = lines[0];
        card.appendChild(b);
        card.appendChild(document.createTextNode("\n" + lines.slice(1).join("\n")));
      }
      card.hidden = false;
      var x = Math.min(ev.clientX + 14, window.innerWidth - card.offsetWidth - 8);
      var y = ev.clientY + 18;
      if (y + card.offsetHeight > window.innerHeight) y = ev.clientY - card.offsetHeight - 12;
      card.style.left = Math.max(4, x) + "px";
      card.style.top = Math.max(4, y) + "px";
    }
    root.addEventListener("mouseover", show);
    root.addEventListener("mousemove", function (ev) { if (!card.hidden) show(ev); });
    root.addEventListener("mouseleave", function () { card.hidden = true; });

    // row links: light up every piece of the target they point at
    function focus() {
      var m = /^#jh-t(\d+)$/.exec(window.location.hash);
      root.querySelectorAll(".jh-focus").forEach(function (el) { el.classList.remove("jh-focus"); });
      if (!m) return;
      root.querySelectorAll('.jh-tgt[data-g="' + m[1] + '"]').forEach(function (el) { el.classList.add("jh-focus"); });
    }
    window.addEventListener("hashchange", focus);
    focus();
  }
  document.querySelectorAll(".jh-view").forEach(setUp);
})();
