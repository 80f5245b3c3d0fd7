import { escapeHtml, TEXT, type Lang } from './i18n';

const STYLE = `
*{box-sizing:border-box}
body{margin:0;min-height:100vh;display:flex;flex-direction:column;font-family:"PingFang SC","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC",system-ui,sans-serif;color:#1f2329;background:#f2f4f7 linear-gradient(180deg,#b3121b 0,#b3121b 220px,#f2f4f7 220px)}
header{color:#fff;text-align:center;padding:48px 16px 28px}
header .emblem{display:inline-flex;width:48px;height:48px;border-radius:50%;background:#fff;color:#b3121b;font-weight:700;font-size:22px;align-items:center;justify-content:center;box-shadow:0 2px 6px rgba(0,0,0,.2)}
header h1{margin:12px 0 4px;font-size:26px;letter-spacing:2px;font-weight:600}
header p{margin:0;opacity:.9;font-size:14px}
main{flex:1;display:flex;justify-content:center;padding:0 16px}
.card{width:100%;max-width:400px;background:#fff;border-radius:8px;box-shadow:0 8px 24px rgba(31,35,41,.12);padding:32px 32px 24px;align-self:flex-start}
.card h2{margin:0 0 20px;font-size:18px;font-weight:600;border-left:4px solid #b3121b;padding-left:10px}
label{display:block;font-size:14px;margin:14px 0 6px;color:#4e5969}
input{width:100%;height:40px;padding:0 12px;font-size:15px;border:1px solid #c9cdd4;border-radius:4px;background:#fff}
input:focus{outline:none;border-color:#b3121b;box-shadow:0 0 0 3px rgba(179,18,27,.15)}
button{width:100%;height:42px;margin-top:22px;border:0;border-radius:4px;background:#b3121b;color:#fff;font-size:16px;cursor:pointer}
html:lang(zh-CN) button{letter-spacing:4px}
button:hover{background:#9a0f17}
button:focus-visible{outline:3px solid #f7c948;outline-offset:2px}
.alert{margin:0 0 12px;padding:10px 12px;border-radius:4px;background:#fff1f0;border:1px solid #ffccc7;color:#a8071a;font-size:14px}
.hint{font-size:12px;color:#86909c;margin:6px 0 0}
.links{display:flex;justify-content:space-between;margin-top:18px;font-size:13px}
a{color:#b3121b;text-decoration:none}
a:hover{text-decoration:underline}
footer{text-align:center;color:#86909c;font-size:12px;padding:24px 16px}
`;

/** The page every identity screen shares: the platform's header, a centred card, the footer. */
export function layout(lang: Lang, title: string, card: string, switchHref?: string): string {
  const t = TEXT[lang];
  return `<!doctype html>
<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · ${escapeHtml(t.platform)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
  <span class="emblem" aria-hidden="true">亲</span>
  <h1>${escapeHtml(TEXT.zh.platform)}</h1>
  <p>${escapeHtml(t.subtitle)}</p>
</header>
<main>
<section class="card" aria-labelledby="card-title">
<h2 id="card-title">${escapeHtml(title)}</h2>
${card}
${switchHref ? `<div class="links"><span></span><a href="${escapeHtml(switchHref)}" lang="${lang === 'zh' ? 'en' : 'zh-CN'}">${escapeHtml(t.other)}</a></div>` : ''}
</section>
</main>
<footer>${escapeHtml(t.footer)}</footer>
</body>
</html>`;
}
