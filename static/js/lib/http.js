// JSON POSTs to the app's own API with the page's CSRF token (from <meta name="csrf-token">).
function csrfToken() {
  const meta = document.querySelector("meta[name=\"csrf-token\"]");
  return meta ? meta.getAttribute("content") : "";
}

// Resolves to {status, json}; json is {ok: false} when the answer is not JSON.
export function postJSON(url, data) {
  return window.fetch(url, {
    method: "POST",
    credentials: "same-origin",
    headers: { "Content-Type": "application/json", "Accept": "application/json",
               "X-CSRFToken": csrfToken() },
    body: JSON.stringify(data)
  }).then(function (response) {
    return response.json().catch(function () { return { ok: false }; })
      .then(function (json) { return { status: response.status, json: json || {} }; });
  });
}
