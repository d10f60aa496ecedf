import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { canGrantTo, canManageUser, canRevokeFrom, roleLabels } from "@/features/access/roles";
import { requireActor } from "@/features/access/server/actor";
import { grantOptions } from "@/features/staff/server/grant-options";
import { loadStaffForManager } from "@/features/staff/server/staff-reads";
import {
  GrantRoleForm,
  GrantSystemAdminButton,
  ResetPasswordForm,
  RevokeRoleButton,
} from "@/features/staff/ui/user-forms";
import { grantRoleAction, resetPasswordAction, revokeRoleAction } from "../actions";

export const metadata: Metadata = { title: "Người dùng", robots: { index: false } };

export default async function StaffMemberPage({ params }: { params: Promise<{ id: string }> }) {
  const manager = await requireActor();
  const member = await loadStaffForManager(manager, (await params).id);
  if (!member) notFound();
  const options = await grantOptions(manager);
  const self = member.id === manager.userId;
  // Every action on an account needs every role of that account within the manager's reach.
  const manageable = canManageUser(manager, member);
  const shown = member.roles.filter((r) => manager.scopeUnitIds.has(r.unitId));
  const root = options.systemAdminRoot;
  const offerSystemAdmin =
    root !== undefined &&
    canGrantTo(manager, member, Number(root.value), "system_admin") &&
    !member.roles.some((r) => r.role === "system_admin" && String(r.unitId) === root.value);
  return (
    <>
      <p>
        <Link href="/quan-ly/nguoi-dung">← Người dùng</Link>
      </p>
      <h1>{member.name}</h1>
      <p>{member.email}</p>
      <h2>Vai trò / Roles</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">Vai trò</th>
            <th scope="col">Đơn vị (và các đơn vị trực thuộc)</th>
            <th scope="col">Thao tác</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((r) => (
            <tr key={r.id} data-role={`${r.role}@${r.unitId}`}>
              <td>{roleLabels[r.role]}</td>
              <td>{r.unitName}</td>
              <td>
                {!self && canRevokeFrom(manager, member, r) ? (
                  <RevokeRoleButton
                    action={revokeRoleAction}
                    userId={member.id}
                    assignmentId={r.id}
                    label={`Gỡ vai trò ${roleLabels[r.role].split(" / ")[0]} tại ${r.unitName}`}
                  />
                ) : (
                  "—"
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {member.roles.length > shown.length ? (
        <p>Người này còn {member.roles.length - shown.length} vai trò ở đơn vị ngoài phạm vi của bạn.</p>
      ) : null}
      {manageable ? (
        <>
          <h2>Giao thêm vai trò / Grant a role</h2>
          <GrantRoleForm
            action={grantRoleAction}
            userId={member.id}
            units={options.units}
            roles={options.roles}
          />
          {offerSystemAdmin && root ? (
            <GrantSystemAdminButton action={grantRoleAction} userId={member.id} root={root} />
          ) : null}
        </>
      ) : (
        <p data-testid="not-manageable">
          Người này có vai trò ở đơn vị ngoài phạm vi quản trị của bạn (hoặc ở cấp cao hơn): cấp trên của họ
          giao, gỡ vai trò và đặt lại mật khẩu. / This account has roles beyond your reach.
        </p>
      )}
      <h2>Đặt lại mật khẩu / Reset password</h2>
      {self ? (
        <p>
          Đổi mật khẩu của chính bạn ở trang <Link href="/quan-ly/tai-khoan">Tài khoản</Link>.
        </p>
      ) : manageable ? (
        <>
          <p>
            Mật khẩu tạm thời thay mật khẩu cũ ngay; mọi phiên đăng nhập của người này bị đóng, và người này
            phải đổi mật khẩu ở lần đăng nhập kế tiếp.
          </p>
          <ResetPasswordForm action={resetPasswordAction} userId={member.id} />
        </>
      ) : (
        <p>Người này có vai trò ở đơn vị ngoài phạm vi của bạn: cấp trên của họ đặt lại mật khẩu.</p>
      )}
    </>
  );
}
