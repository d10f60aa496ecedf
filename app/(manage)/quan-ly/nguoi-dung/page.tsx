import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/features/access/server/actor";
import { grantOptions } from "@/features/staff/server/grant-options";
import { administersStaff, listStaffForManager } from "@/features/staff/server/staff-reads";
import { CreateUserForm } from "@/features/staff/ui/user-forms";
import { createUserAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("staff.list");
  return { title: t("metaTitle"), robots: { index: false } };
}

/** Staff accounts of the units the manager administers, and a form to add one. */
export default async function StaffPage() {
  const manager = await requireActor();
  if (!administersStaff(manager)) notFound();
  const [staff, options] = await Promise.all([listStaffForManager(manager), grantOptions(manager)]);
  const t = await getTranslations("staff.list");
  const roles = await getTranslations("access.roles");
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t("name")}</th>
            <th scope="col">{t("email")}</th>
            <th scope="col">{t("rolesInScope")}</th>
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
                  {shown.length === 0 && elsewhere === 0 ? t("noRole") : null}
                  <ul>
                    {shown.map((r) => (
                      <li key={r.id}>{t("roleAt", { role: roles(r.role), unit: r.unitName })}</li>
                    ))}
                    {elsewhere > 0 ? <li>{t("elsewhere", { count: elsewhere })}</li> : null}
                  </ul>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <h2>{t("newAccount")}</h2>
      <CreateUserForm action={createUserAction} units={options.units} roles={options.roles} />
    </>
  );
}
