"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/form/action-form";
import { Field } from "@/components/form/field";
import type { ActionState } from "@/lib/action";

type Action = (prev: ActionState, fd: FormData) => Promise<ActionState>;

interface Current {
  newFeedback: boolean;
  dailyDigest: boolean;
  dropAlert: boolean;
  dropPoints: number;
}

const TOGGLES = ["newFeedback", "dailyDigest", "dropAlert"] as const;

/** One's own notification preferences: three choices and the alert's threshold. */
export function PreferencesForm({ action, current }: { action: Action; current: Current }) {
  const t = useTranslations("manage.notifications");
  return (
    <ActionForm action={action} submitLabel={t("save")} hidden={{ sent: "1" }}>
      {(state) => {
        // After a result, the form shows what was sent (nothing typed is lost), else what is stored.
        const checked = (key: (typeof TOGGLES)[number]) =>
          state.values ? state.values[key] === "1" : current[key];
        return (
          <>
            {TOGGLES.map((key) => (
              <div className="checkbox" key={key}>
                <label>
                  <input type="checkbox" name={key} value="1" defaultChecked={checked(key)} /> {t(key)}
                </label>
              </div>
            ))}
            <Field
              name="dropPoints"
              label={t("dropPoints")}
              hint={t("dropPointsHint")}
              error={state.fieldErrors?.dropPoints}
            >
              {(p) => (
                <input
                  {...p}
                  type="number"
                  inputMode="numeric"
                  min={1}
                  max={50}
                  step={1}
                  defaultValue={state.values?.dropPoints ?? String(current.dropPoints)}
                />
              )}
            </Field>
          </>
        );
      }}
    </ActionForm>
  );
}
