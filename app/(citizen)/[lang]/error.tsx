"use client";

/** Last resort for an unexpected failure: a clear message, never a stack trace. */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" className="wrap">
      <h1>Đã có lỗi xảy ra</h1>
      <p>Hệ thống đang gặp sự cố tạm thời. Vui lòng thử lại sau ít phút.</p>
      <p lang="en" className="muted">
        Something went wrong on our side. Please try again in a few minutes.
      </p>
      <button type="button" onClick={reset}>
        Thử lại / Try again
      </button>
    </main>
  );
}
