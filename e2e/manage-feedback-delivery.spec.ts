import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD } from "@/features/demo/unit-data";
import { SmtpSink } from "@/test/smtp-sink";
import { type AppProcess, crashAllApps, extraPort, seededDatabase, startApp } from "./support/app-process";
import { unitLinkCode } from "./support/db";
import { COMMUNE_MANAGER } from "./support/pages";

// The loop closed end to end, on two production servers sharing one database, with a real SMTP server on
// loopback: a citizen asks for a reply and gets a reference and a private status page; a manager answers
// on the other server; exactly one e-mail arrives with the reply and the status link; the status page
// shows "Đã trả lời". Then the mail server goes down, a reply waits, and it arrives once it is back.

const UNIT = "phuong-an-hoa-tthcc";

const sink = new SmtpSink();
const mails = sink.mails;

let a: AppProcess;
let b: AppProcess;

test.describe.configure({ mode: "serial", timeout: 240_000 });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  const smtpPort = await sink.start();
  const file = await seededDatabase("mail");
  const publicBase = `http://127.0.0.1:${extraPort(7)}`;
  const env = {
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    MAIL_FROM: "Phường An Hòa <hailong@anhoa.test>",
    PUBLIC_BASE_URL: publicBase,
  };
  [a, b] = await Promise.all([startApp(extraPort(7), file, env), startApp(extraPort(9), file, env)]);
});

test.afterAll(async () => {
  await crashAllApps();
  await sink.stop();
});

async function askForReply(page: import("@playwright/test").Page, email: string, comment: string) {
  await page.goto(`${a.baseUrl}/vi/danh-gia/${await unitLinkCode(UNIT)}`);
  await page.getByRole("button", { name: "Không hài lòng", exact: true }).click();
  await page.getByLabel("Góp ý thêm (không bắt buộc)").fill(comment);
  await page.getByLabel("Tôi muốn cơ quan trả lời góp ý này").check();
  await page.getByLabel("Email").fill(email);
  await page.getByLabel(/Tôi đồng ý để cơ quan dùng thông tin liên hệ/).check();
  await page.getByRole("button", { name: "Gửi góp ý" }).click();
  const receipt = page.getByTestId("feedback-receipt");
  await expect(receipt).toContainText(/Số phản ánh: [2-9A-Z]{4}-[2-9A-Z]{4}/);
  await expect(receipt).toContainText(/chậm nhất ngày \d{2}\/\d{2}\/\d{4}/);
  const reference = /([2-9A-Z]{4}-[2-9A-Z]{4})/.exec((await receipt.textContent()) ?? "")?.[1] ?? "";
  const track = receipt.getByRole("link", { name: /Theo dõi/ });
  const href = (await track.getAttribute("href")) ?? "";
  expect(href).toMatch(/^\/vi\/theo-doi\/[A-Za-z0-9_-]{43}$/);
  return { reference, href };
}

async function answer(page: import("@playwright/test").Page, reference: string, reply: string) {
  await page.goto(`${b.baseUrl}/dang-nhap`);
  if (page.url().endsWith("/dang-nhap")) {
    await page.getByLabel("Email").fill(COMMUNE_MANAGER);
    await page.getByLabel("Mật khẩu", { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Đăng nhập", exact: true }).click();
    await expect(page).toHaveURL(/\/quan-ly$/, { timeout: 30_000 });
  }
  // A citizen on the phone quotes the reference: the inbox search finds the item by it.
  await page.goto(`${b.baseUrl}/quan-ly/phan-anh?q=${encodeURIComponent(reference.toLowerCase())}`);
  const row = page.locator("tr[data-feedback]");
  await expect(row).toHaveCount(1);
  await expect(row.getByTestId("feedback-row-reference")).toHaveText(reference);
  const id = await row.getAttribute("data-feedback");
  await page.goto(`${b.baseUrl}/quan-ly/phan-anh/${id}`);
  await expect(page.getByTestId("feedback-reference")).toHaveText(reference);
  await page.getByLabel("Nội dung trả lời").fill(reply);
  await page.getByRole("button", { name: "Gửi trả lời" }).click();
  await expect(page.getByTestId("feedback-status")).toContainText("Đã trả lời");
  return String(id);
}

test("the reply reaches the citizen once, by e-mail with the status link, from either of two servers", async ({
  browser,
}) => {
  const citizen = await (await browser.newContext()).newPage();
  const email = `dan.${Date.now()}@example.vn`;
  const { reference, href } = await askForReply(citizen, email, `Chờ trả kết quả quá hẹn (${Date.now()})`);
  await citizen.goto(`${a.baseUrl}${href}`);
  await expect(citizen.getByTestId("tracking-status")).toHaveText("Đã tiếp nhận");
  await expect(citizen.getByTestId("tracking-reference")).toHaveText(reference);

  const manager = await (await browser.newContext()).newPage();
  const reply = `Kết quả đã có, mời Ông/Bà nhận tại quầy số 2 (${Date.now()}).`;
  await answer(manager, reference, reply);
  await expect.poll(() => mails.filter((m) => m.to === email).length, { timeout: 30_000 }).toBe(1);
  const mail = mails.find((m) => m.to === email);
  expect(mail?.text).toContain(reply);
  expect(mail?.text).toContain(`http://127.0.0.1:${extraPort(7)}${href}`);
  // Both servers run their sender; a few rounds later there is still one e-mail.
  await new Promise((resolve) => setTimeout(resolve, 12_000));
  expect(mails.filter((m) => m.to === email)).toHaveLength(1);
  await expect(manager.getByTestId("reply-deliveries")).toBeVisible();
  await manager.reload();
  await expect(manager.locator('[data-delivery="email"]')).toHaveAttribute("data-state", "sent");

  await citizen.goto(`${a.baseUrl}${href}`);
  await expect(citizen.getByTestId("tracking-status")).toHaveText("Đã trả lời");
  await expect(citizen.getByTestId("tracking-reply")).toHaveText(reply);
  await expect(citizen.getByText(email)).toHaveCount(0);
});

test("with the mail server down the reply waits in the outbox and arrives once it is back", async ({
  browser,
}) => {
  const citizen = await (await browser.newContext()).newPage();
  const email = `dan2.${Date.now()}@example.vn`;
  const { reference } = await askForReply(citizen, email, `Thiếu hướng dẫn (${Date.now()})`);
  await sink.stop();
  const manager = await (await browser.newContext()).newPage();
  await answer(manager, reference, "Đã bổ sung hướng dẫn tại quầy.");
  // Tried and refused while the server is down: shown as waiting for another try.
  await expect
    .poll(
      async () => {
        await manager.reload();
        return manager.locator('[data-delivery="email"]').textContent();
      },
      { timeout: 30_000 },
    )
    .toMatch(/chưa gửi được .* thử lại/);
  await expect(manager.locator('[data-delivery="email"]')).toHaveAttribute("data-state", "pending");
  await sink.start();
  // The backoff after a first failure is 30 s.
  await expect.poll(() => mails.filter((m) => m.to === email).length, { timeout: 90_000 }).toBe(1);
  await new Promise((resolve) => setTimeout(resolve, 8_000));
  expect(mails.filter((m) => m.to === email)).toHaveLength(1);
});
