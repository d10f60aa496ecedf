import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { roleLabels } from "@/features/access/roles";
import { requireActor } from "@/features/access/server/actor";
import { grantOptions } from "@/features/staff/server/grant-options";
import { administersStaff, listStaffForManager } from "@/features/staff/server/staff-reads";
import { CreateUserForm } from "@/features/staff/ui/user-forms";
import { createUserAction } from "./actions";

export const metadata: Metadata = { title: "Người dùng", robots: { index: false } };

/** Staff accounts of the units the manager administers, and a form to add one. */
export default async function StaffPage() {
  const manager = await requireActor();
  if (!administersStaff(manager)) notFound();
  const [staff, options] = await Promise.all([listStaffForManager(manager), grantOptions(manager)]);
  return (
    <>
      <h1>Người dùng và vai trò / Users and roles</h1>
      <p>
        Mỗi vai trò áp dụng cho một đơn vị và mọi đơn vị trực thuộc. Mật khẩu được lưu dưới dạng mã băm
        (scrypt); mật khẩu tạm thời chỉ hiển thị một lần.
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">Họ và tên</th>
            <th scope="col">Email</th>
            <th scope="col">Vai trò trong phạm vi của bạn</th>
          </tr>
        </thead>
        <tbody>
          {staff.map((s) => {
            const shown = s.roles.filter((r) => manager.scopeUnitIds.has(r.unitId));
            const elsewhere = s.roles.length - shown.length;
            return (
              <tr key={s.id} data-user={s.email}>
                <td>
                  <Link href={`/quan-ly/nguoi-dung/${s.id}`}>{s.name}</Link>
                </td>
                <td>{s.email}</td>
                <td>
                  {shown.length === 0 && elsewhere === 0 ? "Chưa có vai trò" : null}
                  <ul>
                    {shown.map((r) => (
                      <li key={r.id}>
                        {roleLabels[r.role].split(" / ")[0]} — {r.unitName}
                      </li>
                    ))}
                    {elsewhere > 0 ? <li>+ {elsewhere} vai trò ở đơn vị khác</li> : null}
                  </ul>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <h2>Tạo tài khoản / New account</h2>
      <CreateUserForm action={createUserAction} units={options.units} roles={options.roles} />
    </>
  );
}
