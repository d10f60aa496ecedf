import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { canGrantTo, canManageUser, canRevokeFrom } from "@/features/access/roles";
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

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("staff.list");
  return { title: t("metaTitle"), robots: { index: false } };
}

export default async function StaffMemberPage({ params }: { params: Promise<{ id: string }> }) {
  const manager = await requireActor();
  const member = await loadStaffForManager(manager, (await params).id);
  if (!member) notFound();
  const options = await grantOptions(manager);
  const t = await getTranslations("staff.member");
  const roles = await getTranslations("access.roles");
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
        <Link href="/quan-ly/nguoi-dung">{t("back")}</Link>
      </p>
      <h1>{member.name}</h1>
      <p>{member.email}</p>
      <h2>{t("rolesHeading")}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t("role")}</th>
            <th scope="col">{t("unit")}</th>
            <th scope="col">{t("actions")}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((r) => (
            <tr key={r.id} data-role={`${r.role}@${r.unitId}`}>
              <td>{roles(r.role)}</td>
              <td>{r.unitName}</td>
              <td>
                {!self && canRevokeFrom(manager, member, r) ? (
                  <RevokeRoleButton
                    action={revokeRoleAction}
                    userId={member.id}
                    assignmentId={r.id}
                    label={t("revokeLabel", { role: roles(r.role), unit: r.unitName })}
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
        <p>{t("rolesOutside", { count: member.roles.length - shown.length })}</p>
      ) : null}
      {manageable ? (
        <>
          <h2>{t("grantHeading")}</h2>
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
        <p data-testid="not-manageable">{t("notManageable")}</p>
      )}
      <h2>{t("resetHeading")}</h2>
      {self ? (
        <p>
          {t("ownPassword")} <Link href="/quan-ly/tai-khoan">{t("accountLink")}</Link>
        </p>
      ) : manageable ? (
        <>
          <p>{t("resetIntro")}</p>
          <ResetPasswordForm action={resetPasswordAction} userId={member.id} />
        </>
      ) : (
        <p>{t("resetBeyond")}</p>
      )}
    </>
  );
}
