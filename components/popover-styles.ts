/** Styles as a string: they go into constructed stylesheets (see popover-host.tsx), which a page's CSP cannot block. */
export default `
:host { all: initial; }
.popover {
  position: fixed; z-index: 2147483647; box-sizing: border-box; width: min(420px, calc(100vw - 16px)); overflow: auto;
  padding: 14px 16px 12px; border-radius: 10px; border: 1px solid #c9ccd3; background: #fff; color: #1d2129;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; text-align: left;
  box-shadow: 0 10px 30px rgba(0, 0, 0, .18); outline: none;
}
.popover:focus-visible { box-shadow: 0 0 0 3px #2f6fde, 0 10px 30px rgba(0, 0, 0, .18); }
.close { position: absolute; top: 6px; right: 8px; border: 0; background: none; font-size: 20px; line-height: 1; cursor: pointer; color: inherit; padding: 4px 8px; border-radius: 6px; }
.close:focus-visible, .link:focus-visible, a:focus-visible, summary:focus-visible { outline: 2px solid #2f6fde; outline-offset: 2px; }
.claim + .claim { border-top: 1px solid #e3e5ea; margin-top: 12px; padding-top: 12px; }
header { display: flex; gap: 8px; align-items: baseline; flex-wrap: wrap; padding-right: 24px; }
h2 { font-size: 15px; margin: 0; font-weight: 650; }
h3 { font-size: 12px; text-transform: uppercase; letter-spacing: .04em; margin: 12px 0 4px; color: #4a505c; }
p, ul, ol { margin: 6px 0; }
ul, ol { padding-left: 20px; }
li { margin: 3px 0; }
.note { color: #5b6170; font-size: 12.5px; }
.verdict { display: inline-block; padding: 1px 8px; border-radius: 999px; font-size: 12px; font-weight: 700; color: #fff; }
.verdict-false { background: #b3261e; }
.verdict-misleading { background: #b45309; }
.verdict-disputed { background: #6d28d9; }
.verdict-needs-context { background: #1d5fa8; }
a { color: #1f5fbf; }
.why { margin-top: 10px; font-size: 13px; }
.why summary { cursor: pointer; color: #4a505c; }
.link { border: 0; background: none; padding: 0; margin-top: 8px; color: #1f5fbf; text-decoration: underline; cursor: pointer; font: inherit; }
.quote { margin: 12px 0 0; padding: 8px 10px; background: #f4f5f7; border-radius: 6px; }
.quote figcaption { font-size: 12px; color: #4a505c; }
.quote blockquote { margin: 4px 0 0; font-style: italic; }
@media (prefers-color-scheme: dark) {
  .popover { background: #1f2228; color: #e8eaed; border-color: #3a3f48; }
  h3, .why summary, .quote figcaption { color: #b4bac5; }
  .note { color: #a8afbb; }
  a, .link { color: #8ab4f8; }
  .quote { background: #2a2e36; }
  .claim + .claim { border-color: #3a3f48; }
  .verdict-false { background: #d93a30; }
}
`;
