/** Styles as a string: they go into constructed stylesheets (see popover-host.tsx), which a page's CSP cannot block. */
export default `
/* Caveat's only styles in the page's document: its own highlight element, nothing else. */
caveat-mark { all: unset; display: inline; cursor: pointer; border-radius: 2px; }
caveat-mark[data-verdict] { text-decoration: underline 2px; text-underline-offset: 3px; text-decoration-skip-ink: none; }
caveat-mark[data-verdict="false"] { text-decoration-color: #d93025; background: rgba(217, 48, 37, .08); }
caveat-mark[data-verdict="misleading"] { text-decoration-color: #e37400; background: rgba(227, 116, 0, .08); }
caveat-mark[data-verdict="disputed"] { text-decoration-color: #8e44c9; background: rgba(142, 68, 201, .08); }
caveat-mark[data-verdict="needs-context"] { text-decoration-color: #1a73e8; background: rgba(26, 115, 232, .08); }
caveat-mark[data-style="dotted"] { text-decoration-style: dotted; background: none; }
caveat-mark[data-style="background"] { text-decoration: none; background: rgba(255, 196, 0, .35); }
caveat-mark:focus-visible { outline: 2px solid #1a73e8; outline-offset: 2px; }
`;
