/**
 * The demo's accounts sign in with a password published in the README. Served on a public (https)
 * origin, a demo database is an open door: the server says so loudly at every start.
 */
export function publicDemoWarning(options: {
  publicBaseUrl: string;
  demoDatabase: boolean;
  demoData: "0" | "1";
}): string | null {
  if (!options.publicBaseUrl.startsWith("https://")) return null;
  if (options.demoDatabase) {
    return (
      `CẢNH BÁO: ${options.publicBaseUrl} đang phục vụ DỮ LIỆU MẪU với các tài khoản mẫu có mật khẩu công khai ` +
      "(README). Đừng dùng cơ sở dữ liệu này cho việc thật: tạo cơ sở dữ liệu mới với DEMO_DATA=0 và " +
      "`npm run admin:create`. / WARNING: a public https origin is serving the DEMO database, whose demo " +
      "accounts have a published password. Use a fresh database with DEMO_DATA=0 and `npm run admin:create`."
    );
  }
  if (options.demoData === "1") {
    return (
      "Cảnh báo: DEMO_DATA=1 trên một địa chỉ https công khai; hãy đặt DEMO_DATA=0 cho việc thật. / " +
      "Warning: DEMO_DATA=1 on a public https origin: set DEMO_DATA=0 for a real deployment."
    );
  }
  return null;
}
