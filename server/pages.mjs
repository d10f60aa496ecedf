// The server's own small pages: malformed URL (400), not found (404), body too large (413).
const page = (title, body) =>
  `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>${title} · Hài Lòng</title><style>body{font:1.125rem/1.5 system-ui,sans-serif;color:#1b1b1b;max-width:40rem;margin:0 auto;padding:0 1rem}header{background:#0b4f8a;margin:0 -1rem;padding:.6rem 1rem}header a{color:#fff;font-weight:700;text-decoration:none}label{display:block;font-weight:700;margin:.6rem 0 .25rem}.s{display:flex;gap:.5rem}input{flex:1;font:inherit;padding:.55rem;border:2px solid #1b1b1b}button{font:inherit;font-weight:700;border:0;padding:.5rem 1rem;background:#00703c;color:#fff}a{color:#0b4f8a}</style></head><body><header><a href="/vi">Hài Lòng</a></header><main id="main">${body}</main></body></html>`;

const searchForm = `<search><form action="/search" method="get"><label for="q">Tìm thủ tục theo tên hoặc mã</label><div class="s"><input id="q" name="q" type="search" placeholder="Ví dụ: đăng ký khai sinh"><button type="submit">Tìm kiếm</button></div></form></search>`;

export const badRequestPage = page(
  "Đường dẫn không hợp lệ",
  `<h1>Đường dẫn không hợp lệ</h1><p>Đường dẫn bị sai định dạng. Hãy kiểm tra lại mã in trên tờ niêm yết, hoặc tìm thủ tục bên dưới.</p><p lang="en">Malformed URL. Check the code printed on the poster, or search below.</p>${searchForm}`,
);

export const notFoundPage = page(
  "Không tìm thấy trang",
  `<h1>Không tìm thấy trang</h1><p>Mã QR hoặc đường dẫn này không tồn tại. Hãy kiểm tra lại mã in trên tờ niêm yết (mã không phân biệt chữ hoa, chữ thường), hoặc tìm thủ tục bên dưới.</p><p lang="en">Page not found. This QR code or link does not exist. Check the code printed on the poster, or search below.</p>${searchForm}<p><a href="/vi">Trang chủ / Home</a></p>`,
);

export const tooLargePage = page(
  "Dữ liệu quá lớn",
  `<h1>Dữ liệu gửi lên quá lớn</h1><p>Vui lòng gửi tệp hoặc nội dung nhỏ hơn.</p><p lang="en">Request body too large.</p>`,
);

export const tooLargeJson = JSON.stringify({
  error: {
    code: "payload_too_large",
    message: "Dữ liệu gửi lên quá lớn / request body too large",
    fields: {},
  },
});
