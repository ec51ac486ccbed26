/**
 * The look of an embed's first paint (src/ui/publish/staticList.ts firstPaintHtml), inline in the
 * page's head so it applies before any file arrives, allowed by its hash in the page's
 * Content-Security-Policy. The palette is the app's (its stylesheet is in the head too, and the first
 * script sets `data-theme` from the link); `data-first-paint` is set by that script on embeds only:
 * `list` where the page's own chronology is in it, `linked` (bars, no words) where the link names
 * another dataset. The full page and the presenter never lay it out.
 */
export const FIRST_PAINT_STYLE = `.first-paint,.first-paint-linked{display:none}
[data-first-paint=list] .first-paint,[data-first-paint=linked] .first-paint-linked{display:block;box-sizing:border-box;height:100vh;overflow:hidden;padding:12px 16px}
.first-paint-title{margin:0;font-size:17px;font-weight:700;line-height:1.3}
.first-paint-description{margin:4px 0 12px;color:var(--muted);font-size:13px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.first-paint ol{list-style:none;margin:0;padding:0;padding-inline-start:16px;border-inline-start:2px solid var(--border)}
.first-paint li{position:relative;margin:0 0 10px;font-size:13.5px;line-height:1.35}
.first-paint li::before{content:'';position:absolute;inset-inline-start:-22px;top:5px;width:8px;height:8px;border:2px solid var(--bg);border-radius:50%;background:var(--accent)}
.first-paint li span{display:block;color:var(--muted);font-size:12px}
.first-paint-linked{background:linear-gradient(var(--surface),var(--surface)) 16px 14px/55% 18px no-repeat,linear-gradient(var(--surface),var(--surface)) 16px 44px/80% 12px no-repeat,linear-gradient(var(--surface),var(--surface)) 16px 80px/calc(100% - 32px) calc(100% - 96px) no-repeat}
[dir=rtl] .first-paint-linked{background-position:right 16px top 14px,right 16px top 44px,right 16px top 80px}`;
