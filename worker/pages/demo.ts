/**
 * The demo page served at `/`: an agency-style page a web team can copy. It embeds the widget with
 * the two lines of the contract, plus a second instance themed with --sbk-* properties and ::part().
 * No inline script: it works under the strict Content-Security-Policy the worker sends with it.
 */
export function demoPage(): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>社保卡服务 · 智能问答 — sbk-answer 演示</title>
<link rel="icon" href="data:,">
<meta name="description" content="社会保障卡常见问题智能问答：输入您的问题，获得答案及其法律依据。">
<style>
  :root { color-scheme: light; }
  * { box-sizing: border-box; }
  body { margin: 0; font-family: system-ui, -apple-system, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; color: #1f2933; background: #f3f6fa; line-height: 1.7; }
  a { color: #0b5cad; }
  .skip { position: absolute; left: -999px; top: 0; background: #fff; padding: 8px 12px; }
  .skip:focus { left: 8px; z-index: 100; }
  header.site { background: linear-gradient(180deg, #0b4f96, #0b5cad); color: #fff; }
  header.site .inner { max-width: 1080px; margin: 0 auto; padding: 18px 20px; display: flex; align-items: center; gap: 14px; }
  .emblem { width: 44px; height: 44px; border-radius: 50%; background: #fff; color: #c8102e; display: grid; place-items: center; font-weight: 700; flex: none; }
  .site-name { font-size: 20px; font-weight: 700; letter-spacing: 1px; }
  .site-sub { font-size: 13px; opacity: 0.85; }
  nav.main { background: #0a4a8c; }
  nav.main ul { max-width: 1080px; margin: 0 auto; padding: 0 12px; list-style: none; display: flex; flex-wrap: wrap; }
  nav.main a { display: block; color: #fff; text-decoration: none; padding: 10px 14px; font-size: 15px; }
  nav.main a[aria-current="page"] { background: #083b70; }
  main { max-width: 1080px; margin: 0 auto; padding: 24px 20px 48px; }
  .crumbs { font-size: 13px; color: #52606d; margin-bottom: 12px; }
  h1 { font-size: 26px; margin: 0 0 8px; color: #0b3d70; }
  .lead { color: #3e4c59; margin: 0 0 20px; max-width: 60em; }
  .panel { background: #fff; border: 1px solid #dbe3ec; border-radius: 10px; padding: 20px; margin-bottom: 24px; }
  .panel h2 { font-size: 18px; margin: 0 0 12px; color: #0b3d70; }
  .grid { display: grid; grid-template-columns: 2fr 1fr; gap: 24px; }
  .services { list-style: none; padding: 0; margin: 0; }
  .services li { padding: 8px 0; border-bottom: 1px dashed #dbe3ec; }
  .hotline { font-size: 22px; font-weight: 700; color: #c8102e; }
  /* A second, themed instance: the agency's own colours through custom properties and parts. */
  .themed sbk-answer { --sbk-color-primary: #8a1c1c; --sbk-color-mark: #fde2e2; --sbk-radius: 2px; --sbk-font-size: 15px; }
  .themed sbk-answer::part(answer) { border-left-color: #8a1c1c; }
  .themed sbk-answer::part(button) { letter-spacing: 2px; }
  footer { background: #1f2933; color: #cbd2d9; font-size: 13px; }
  footer .inner { max-width: 1080px; margin: 0 auto; padding: 20px; }
  @media (max-width: 760px) { .grid { grid-template-columns: 1fr; } h1 { font-size: 22px; } main { padding: 16px 12px 32px; } .panel { padding: 16px 12px; } }
  @media (max-width: 480px) { header.site .inner { padding: 14px 12px; } .site-name { font-size: 17px; letter-spacing: 0; } nav.main ul { flex-wrap: nowrap; overflow-x: auto; padding: 0 4px; } nav.main a { padding: 10px 8px; font-size: 14px; white-space: nowrap; } }
</style>
<script type="module" src="/widget.js"></script>
</head>
<body>
<a class="skip" href="#ask">跳到智能问答</a>
<header class="site"><div class="inner">
  <div class="emblem" aria-hidden="true">社</div>
  <div><div class="site-name">某市人力资源和社会保障局</div><div class="site-sub">社会保障卡服务专区（演示页面）</div></div>
</div></header>
<nav class="main" aria-label="主导航"><ul>
  <li><a href="#">首页</a></li><li><a href="#">政策法规</a></li><li><a href="#" aria-current="page">社保卡服务</a></li><li><a href="#">办事指南</a></li><li><a href="#">互动交流</a></li>
</ul></nav>
<main id="main">
  <div class="crumbs">首页 › 社保卡服务 › 智能问答</div>
  <h1>社保卡智能问答</h1>
  <p class="lead">社会保障卡是持卡人享受社会保障和公共服务的电子凭证，具有身份凭证、信息记录、自助查询、就医结算、待遇领取和金融支付等功能。遇到密码锁定、补办换卡、异地使用等问题，请在下方直接输入您的问题，系统将给出答案及其所依据的法律条文。</p>
  <div class="grid">
    <div>
      <section class="panel" id="ask" aria-labelledby="ask-title">
        <h2 id="ask-title">请输入您的问题</h2>
        <sbk-answer placeholder="例如：社保卡密码输错被锁了怎么办"></sbk-answer>
      </section>
      <section class="panel themed" aria-labelledby="law-title">
        <h2 id="law-title">法规条文检索</h2>
        <sbk-answer kind="law" placeholder="例如：社会保险法第58条、工伤认定时限"></sbk-answer>
      </section>
    </div>
    <aside>
      <section class="panel" aria-labelledby="svc-title">
        <h2 id="svc-title">常办业务</h2>
        <ul class="services"><li>社保卡申领与激活</li><li>挂失、补办与换卡</li><li>密码修改与解锁</li><li>电子社保卡签发</li><li>异地就医备案</li></ul>
      </section>
      <section class="panel" aria-labelledby="hot-title">
        <h2 id="hot-title">咨询服务</h2>
        <p>人社服务热线</p><p class="hotline">12333</p>
        <p>工作日 8:30–17:30</p>
      </section>
    </aside>
  </div>
</main>
<footer><div class="inner">
  本页面为 sbk-answer 开源项目的演示页面。答案来源于公开法律法规和问答资料，仅供参考，具体以当地经办机构规定为准。
</div></footer>
</body>
</html>`
}
