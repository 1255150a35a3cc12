"""The query UI `kg serve` shows at `/`: YASGUI (vendored here, MIT) over the endpoint's /sparql,
with kg's shipped queries as one tab each.

Nothing leaves the machine: the page, the script and the stylesheet come from the endpoint itself,
YASGUI's network autocompleters (prefix.cc, Linked Open Vocabularies) are switched off, the
endpoint list holds only this endpoint, and a Content-Security-Policy confines the page to its own
origin. Answers carry CORS headers so browser tools on other origins can query the endpoint.
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

__all__ = ["CORS", "PREFLIGHT", "ui_response"]

CORS = [("Access-Control-Allow-Origin", "*"), ("Access-Control-Expose-Headers", "X-KG-Truncated")]
PREFLIGHT = [("Access-Control-Allow-Methods", "GET, POST, OPTIONS"),
             ("Access-Control-Allow-Headers", "Content-Type, Accept"), ("Access-Control-Max-Age", "600")]
_CSP = ("default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
        "img-src 'self' data:; font-src 'self' data:; connect-src 'self'")
_ASSETS = {"/yasgui.min.js": "application/javascript; charset=utf-8", "/yasgui.min.css": "text/css; charset=utf-8",
           "/LICENSE-yasgui.txt": "text/plain; charset=utf-8", "/yasgui.min.js.LICENSE.txt": "text/plain; charset=utf-8"}

_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{csp}">
<title>kg: SPARQL</title>
<link rel="stylesheet" href="yasgui.min.css">
<style>
  body {{ margin: 0; font: 14px system-ui, sans-serif; }}
  header {{ padding: 6px 12px; background: #fafafa; border-bottom: 1px solid #ddd; }}
  header code {{ background: #eee; padding: 1px 4px; }}
</style>
</head>
<body>
<header><strong>kg</strong>: read-only SPARQL over this graph at <code id="endpoint"></code>. Each tab is one of
kg's shipped queries (parameters are the <code>VALUES</code> lines); edit, then run with Ctrl-Enter.
<a href="view">The graph view</a> of this build.
<a href="LICENSE-yasgui.txt">YASGUI</a> (MIT).</header>
<div id="yasgui"></div>
<script src="yasgui.min.js"></script>
<script id="examples" type="application/json">{examples}</script>
<script>
"use strict";
const EXAMPLES = JSON.parse(document.getElementById("examples").textContent);
const endpoint = new URL("sparql", location.href).href;
document.getElementById("endpoint").textContent = endpoint;
// the prefix, property and class autocompleters fetch prefix.cc and LOV: keep only the local one
Yasgui.Yasqe.defaults.autocompleters = ["variables"];
const yasgui = new Yasgui(document.getElementById("yasgui"), {{
  requestConfig: {{ endpoint: endpoint, method: "POST" }},
  endpointCatalogueOptions: {{ getData: () => [{{ endpoint: endpoint }}] }},
  copyEndpointOnNewTab: true, persistenceId: null, corsProxy: "",
  yasqe: {{ autocompleters: ["variables"] }},
}});
const blank = yasgui.getTab();
EXAMPLES.forEach((q, i) => yasgui.addTab(i === 0, {{ name: q.name, yasqe: {{ value: q.text }}, requestConfig: {{ endpoint: endpoint }} }}));
if (EXAMPLES.length && blank) blank.close();
window.kgYasgui = yasgui;
yasgui.on("queryResponse", () => {{ document.body.dataset.answered = String(Number(document.body.dataset.answered || 0) + 1); }});
// ?run runs the first query at once (the browser test uses it)
if (new URLSearchParams(location.search).has("run")) setTimeout(() => {{ try {{ yasgui.getTab().getYasqe().query(); }} catch (e) {{ document.body.dataset.error = String(e); }} }}, 50);
</script>
</body>
</html>
"""


def _examples() -> list[dict]:
    from kg.query import list_queries

    return [{"name": name, "text": q.text} for name, q in list_queries().items()]


@lru_cache(maxsize=1)
def _page() -> bytes:
    from kg.view import _script_json

    return _PAGE.format(csp=_CSP, examples=_script_json(_examples())).encode("utf-8")


@lru_cache(maxsize=None)
def _asset(name: str) -> bytes:
    return (resources.files("kg.queryui") / name).read_bytes()


def ui_response(path: str) -> tuple[str, bytes] | None:
    """(content type, body) of the UI at `path` ('/', '/index.html' or one of its files), else None."""
    if path in ("/", "/index.html"):
        return "text/html; charset=utf-8", _page()
    if path in _ASSETS:
        return _ASSETS[path], _asset(path[1:])
    return None
