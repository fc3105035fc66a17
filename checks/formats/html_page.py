"""The style sheet and script of the HTML report's page (``checks.formats.html``): inlined, so the page
loads no external resource. The colours of the statuses keep WCAG 2.2 AA contrast with their text."""

STYLE = """
:root { color: #1a1a1a; background: #fff; }
body { font: 16px/1.6 system-ui, sans-serif; margin: 0 auto; max-width: 72rem; padding: 1rem; }
a { color: #0b4fb3; } a:visited { color: #5b2a86; }
:focus-visible { outline: 3px solid #0b4fb3; outline-offset: 2px; }
.skip { position: absolute; left: -100vw; } .skip:focus { left: 1rem; top: 1rem; background: #fff; padding: .5rem; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.3rem; margin-top: 2.5rem; border-bottom: 1px solid #767676; }
h3 { font-size: 1.1rem; margin-top: 1.5rem; }
table { border-collapse: collapse; margin: .5rem 0 1rem; width: 100%; }
td, th { border: 1px solid #949494; padding: .3rem .5rem; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
tr:target { background: #e8f0fe; } tr:target td:first-child { border-left: 6px solid #0b4fb3; }
dl.counts { display: flex; flex-wrap: wrap; gap: .25rem 1.5rem; } dl.counts div { display: flex; gap: .4rem; }
dl.counts dt { font-weight: 600; } dl.counts dd { margin: 0; }
code { font-size: .9em; overflow-wrap: anywhere; }
/* Headers break between words, codes not at all (not "Stat/us", "P10/6"), if there is room. */
@media (min-width: 40rem) { th, td.rule code { overflow-wrap: normal; } td.rule code { white-space: nowrap; } }
pre { white-space: pre-wrap; overflow-wrap: anywhere; background: #f6f6f6; padding: .5rem; }
.sign { display: inline-block; min-width: 1.1em; text-align: center; font-weight: 700; }
.s-error { color: #a40e26; } .s-warning { color: #7a4a00; } .s-info { color: #0b4fb3; } .s-acknowledged { color: #6f4e00; }
.reason { margin: .3rem 0 0; }
.legend li { margin: .3rem 0; }
.body { font-family: "Noto Serif CJK SC", "Noto Serif", serif; }
.line { display: grid; grid-template-columns: 3rem 1fr; gap: .75rem; margin: .2rem 0; }
.number { color: #4a4a4a; text-align: right; font: 13px/2 ui-monospace, monospace; }
.piece + .piece { margin-top: .4rem; }
.figure { display: inline; }
.figure::details-content { display: inline; }
.figure:not([open])::details-content { display: none; }
.figure > summary { display: inline; cursor: pointer; list-style: none; padding: 0 2px; border-radius: 3px; }
.figure > summary::-webkit-details-marker { display: none; }
.figure > summary .sign { font-family: system-ui, sans-serif; font-size: .8em; }
.verified > summary, .mark.verified { background: #dcf5dc; border-bottom: 2px solid #116329; }
.verified .sign { color: #116329; }
.failing > summary, .mark.failing { background: #ffe0de; outline: 2px solid #a40e26; }
.failing .sign { color: #a40e26; }
.warned > summary, .mark.warned { background: #fff4d6; outline: 2px dotted #7a4a00; }
.warned .sign { color: #7a4a00; }
.acknowledged > summary, .mark.acknowledged { background: #fff1c7; border-bottom: 3px dotted #6f4e00; }
.acknowledged .sign { color: #6f4e00; }
.uncurated > summary, .mark.uncurated { outline: 2px dashed #1f5fbf; }
.uncurated .sign { color: #1f5fbf; }
.ignored > summary, .mark.ignored { background: #ececec; }
.ignored .sign { color: #4a4a4a; }
.figure[open] > summary { box-shadow: 0 0 0 2px #1a1a1a; }
.panel { display: block; margin: .3rem 0 .6rem; padding: .5rem .75rem; border: 2px solid #4a4a4a;
  border-radius: 4px; background: #fafafa; font: 15px/1.5 system-ui, sans-serif; overflow-wrap: anywhere; }
.panel ul { margin: .2rem 0; padding-left: 1.2rem; } .panel p { margin: .2rem 0; }
.mark { padding: 0 3px; border-radius: 3px; }
"""

# Opens the figure (or focuses the finding) a link leads to, so the reader lands on its details.
SCRIPT = """
function factlintShowTarget() {
  var target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
  if (!target) return;
  if (target.tagName === "DETAILS") { target.open = true; target.querySelector("summary").focus(); }
  else if (target.tagName === "TR") { target.focus(); }
}
window.addEventListener("hashchange", factlintShowTarget);
document.addEventListener("DOMContentLoaded", factlintShowTarget);
"""
