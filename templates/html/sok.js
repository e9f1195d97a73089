/* Sökningen på den regionala webbplatsen, med Pagefinds index i mappen pagefind/ bredvid
   sidorna (render site bygger det). Sökrutan och alla ord som visas står i sok.mustache.

   Från en webbserver laddas Pagefind som vanligt (pagefind/pagefind.js). Öppnas sidorna
   direkt från disken (file://) tillåter webbläsarna varken fetch() eller import() av filer,
   så då läses hela indexet från pagefind/sok-index.js, ett vanligt skript som render site
   skriver med indexets filer i base64; Pagefinds egna anrop till fetch() får filerna därifrån. */
(function () {
  "use strict";
  var form = document.querySelector("form.sok");
  var script = document.currentScript;
  if (!form || !script) return;
  var field = form.querySelector("input[type=search]");
  var status = form.querySelector(".sok-status");
  var list = form.querySelector(".sok-traffar");
  var site = new URL(".", script.src).href;
  var base = site + "pagefind/";
  var fromDisk = location.protocol === "file:";
  var engine = null;
  var latest = 0;

  function words(name, query, count) {
    return (form.getAttribute("data-" + name) || "")
      .replace("{fraga}", query).replace("{antal}", String(count));
  }

  function bytes(base64) {
    var text = atob(base64);
    var result = new Uint8Array(text.length);
    for (var i = 0; i < text.length; i++) result[i] = text.charCodeAt(i);
    return result;
  }

  // The index as a script: fetch() answers Pagefind's requests under pagefind/ from it.
  function bundled() {
    return new Promise(function (resolve, reject) {
      var tag = document.createElement("script");
      tag.src = base + "sok-index.js";
      tag.onload = function () { resolve(window.pagefindFiler); };
      tag.onerror = reject;
      document.head.appendChild(tag);
    }).then(function (files) {
      var networkFetch = window.fetch;
      window.fetch = function (input) {
        // Pagefind asks for paths without the scheme ("/home/…/pagefind/…"): resolve them first.
        var url = new URL(String(input && input.url ? input.url : input), location.href).href;
        if (url.indexOf(base) !== 0) return networkFetch.apply(window, arguments);
        var name = decodeURIComponent(url.slice(base.length).split(/[?#]/)[0]);
        if (!Object.prototype.hasOwnProperty.call(files, name)) return Promise.reject(new TypeError(name));
        var type = /^wasm\./.test(name) ? "application/wasm" : "application/octet-stream";
        return Promise.resolve(new Response(bytes(files[name]), { headers: { "Content-Type": type } }));
      };
      var module = new Blob([bytes(files["pagefind.js"])], { type: "text/javascript" });
      return import(URL.createObjectURL(module));
    });
  }

  function load() {
    if (!engine) {
      engine = (fromDisk ? bundled() : import(base + "pagefind.js")).then(function (pagefind) {
        return Promise.resolve(pagefind.options({ basePath: base, noWorker: fromDisk })).then(function () {
          return pagefind;
        });
      });
    }
    return engine;
  }

  // Pagefind's addresses start at the folder above pagefind/ as a path from the server's
  // root ("/tanum.html#mal-1-1", or "/home/…/site/tanum.html" from the disk), or at the
  // index's own root; either way they are made relative to the folder of this script.
  var sitePath = new URL(site).pathname;
  function address(url) {
    var path = url.indexOf(sitePath) === 0 ? url.slice(sitePath.length) : url.replace(/^\//, "");
    return new URL(path, site).href;
  }

  function plain(html) {
    return new DOMParser().parseFromString(html, "text/html").body.textContent || "";
  }

  function link(url, text) {
    var a = document.createElement("a");
    a.href = address(url);
    a.textContent = text;
    return a;
  }

  function show(query, results) {
    list.textContent = "";
    results.forEach(function (result) {
      var item = document.createElement("li");
      item.appendChild(link(result.url, result.meta.title || result.url));
      var excerpt = document.createElement("p");
      excerpt.textContent = plain(result.excerpt);
      item.appendChild(excerpt);
      var parts = (result.sub_results || []).filter(function (sub) { return sub.url !== result.url; }).slice(0, 3);
      if (parts.length) {
        var sublist = document.createElement("ul");
        parts.forEach(function (sub) {
          var subitem = document.createElement("li");
          subitem.appendChild(link(sub.url, sub.title));
          sublist.appendChild(subitem);
        });
        item.appendChild(sublist);
      }
      list.appendChild(item);
    });
    list.hidden = results.length === 0;
    status.textContent = words(results.length === 0 ? "inga-traffar" : results.length === 1 ? "en-traff" : "traffar",
                               query, results.length);
  }

  function search() {
    var query = field.value.trim();
    var number = ++latest;
    if (!query) {
      list.textContent = "";
      list.hidden = true;
      status.textContent = "";
      return;
    }
    status.textContent = words("soker", query, 0);
    load().then(function (pagefind) {
      return pagefind.search(query);
    }).then(function (found) {
      return Promise.all(found.results.slice(0, 10).map(function (result) { return result.data(); }));
    }).then(function (results) {
      if (number === latest) show(query, results);
    }).catch(function () {
      if (number === latest) status.textContent = words("fel", query, 0);
    });
  }

  var timer = null;
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    clearTimeout(timer);
    search();
  });
  field.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(search, 300);
  });
})();
