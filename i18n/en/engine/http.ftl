# The words of livedesk-http: vendor errors explained, connection problems, "Check connection".

## vendor.rs

http-vendor-huawei = Huawei Cloud
http-vendor-naver = NAVER Cloud
http-vendor-blendvision = BlendVision One
http-vendor-alibaba = Alibaba Cloud

## vendor_error.rs

# Two sentences one after the other (English puts a space between them).
http-then = { $first } { $second }
http-request-id-for-vendor = Request id for the vendor's support: { $id }.
http-vendor-said = { $provider } said: “{ $message }”
http-unreadable-server-error = { $provider } had a problem on its side (HTTP { $status }) and its answer could not be read.
http-unreadable-rate-limited = { $provider } is receiving too many requests from this account right now (HTTP { $status }).
http-unreadable-other = { $provider } refused the request (HTTP { $status }), but its answer was not in { $provider }'s usual error format, so Livedesk cannot tell why.
http-hint-try-in-minutes = Try again in a few minutes.
http-hint-wait-a-minute = Wait a minute and try again.
http-hint-check-endpoint-proxy = Check that the endpoint is the vendor's API address (a proxy or captive portal may have answered instead), then try again.
http-clock-behind = { $count ->
    [one] { $count } minute behind
   *[other] { $count } minutes behind
}
http-clock-ahead = { $count ->
    [one] { $count } minute ahead
   *[other] { $count } minutes ahead
}
http-clock-agrees-but-refused = { $provider } refused the time of the request, although your computer's clock agrees with { $provider }'s to within a minute.
http-clock-off-refused = Your computer's clock is { $clock }, so { $provider } refused the request.
http-clock-seems-wrong = Your computer's clock seems to be wrong: { $provider } refused the time of the request.
http-hint-clock = Turn on automatic time (set time automatically) in your system settings and try again.
http-wrong-key-project = { $provider } did not accept the key for this project.
http-hint-wrong-key-project = Check the project id: it must be the id of this region's project, shown under “My Credentials” in the Huawei Cloud console.
http-wrong-key-unknown-id = { $provider } does not know this AccessKey ID.
http-hint-wrong-key-unknown-id = Check the AccessKey ID in the account settings. With temporary (STS) credentials, get new ones: they may have expired.
http-wrong-key-disabled = This AccessKey is disabled in { $provider }.
http-hint-wrong-key-disabled = Enable the AccessKey in the RAM console, or enter another one.
http-wrong-organisation = The API token does not belong to the organisation given for { $provider }.
http-hint-wrong-organisation = Check the organisation id in the account settings: it must be the organisation the API token was created in.
http-read-only = The key works, but it may only read in { $provider }, not make changes.
http-ip-not-allowed = { $provider } does not accept requests from this computer's network address.
http-hint-ip-not-allowed = Ask the account administrator to allow your IP address for the API, or connect from an allowed network.
http-region-not-available = The service is not available to this account in the chosen { $provider } region.
http-hint-check-region = Check the region in the account settings.
http-no-permission = The key works, but it is not allowed to do this in { $provider }.
http-api-not-found = The address does not lead to a { $provider } API that Livedesk knows.
http-hint-check-endpoint-region = Check the endpoint and region in the account settings.
http-not-found = { $provider } could not find what the request names.
http-hint-not-found = Check the id or name: it may have been deleted, or belong to another region, project or account.
http-precondition-failed = { $provider } cannot do this right now.
http-hint-precondition-failed = Check the current state (for example whether the stream or studio is live), then try again.
http-region-not-supported = { $provider } does not support the region given.
http-nonce-used = { $provider } refused the request because it repeated a one-time value (nonce) of an earlier request.
http-hint-nonce-used = Try again: every attempt gets a fresh nonce. If it keeps happening, report it.
http-signature-format = { $provider } did not accept the form of the request's signature.
http-hint-report = This is a problem in Livedesk; please report it.
http-invalid-field = { $provider } did not accept the value of { $field }.
http-hint-correct-field = Correct { $field } and try again.
http-invalid-value = { $provider } did not accept a value in the request.
http-hint-check-values = Check the values entered and try again.
http-rate-limited = { $provider } is receiving too many requests from this account right now.
http-server-error = { $provider } had a problem on its side.
http-hint-server-error = Try again in a few minutes. If it keeps happening, check the vendor's status page.
http-refused = { $provider } refused the request.
http-hint-check-settings = Check the values and settings and try again.
http-wrong-key-huawei = The key was not accepted by Huawei Cloud.
http-hint-wrong-key-huawei = Check the access key (AK) and secret key (SK) in the account settings: they must be one pair. Huawei Cloud locks a key for 5 minutes after repeated failures, so correct it before trying again.
http-wrong-key-naver = The key was not accepted by NAVER Cloud.
http-hint-wrong-key-naver = Check the access key and secret key (from “API authentication key management” in the NAVER Cloud console): they must be one pair.
http-wrong-key-alibaba = The key was not accepted by Alibaba Cloud.
http-hint-wrong-key-alibaba = Check the AccessKey ID and AccessKey secret in the account settings: they must be one pair.
http-wrong-key-blendvision = The API token was not accepted by BlendVision One.
http-hint-wrong-key-blendvision = Check the API token in the account settings, or create a new one in the BlendVision One console: it may have expired or been deleted.
http-hint-no-permission-huawei = Ask the account administrator to give this IAM user permission for Live (for example the Live FullAccess policy).
http-hint-no-permission-naver = Ask the main account to give this sub-account permission for Live Station, or use a key that has it.
http-hint-no-permission-alibaba = Ask the account administrator to give this RAM user permission for ApsaraVideo Live (for example AliyunLiveFullAccess).
http-hint-no-permission-blendvision = Use an API token that may make this change (a read-only token cannot), created in the BlendVision One console.
http-signature-other-request = { $provider } checked the signature against a different request than the one Livedesk signed, so it was refused.
http-hint-signature-other-request = Something between this computer and the vendor (such as a proxy) may be changing requests, or this is a problem in Livedesk; please report it.

## error.rs

http-endpoint-invalid = endpoint: { $problem }
http-endpoint-not-https = endpoint: { $host } must be reached over https://, not http://
http-invalid-request = { $field }: { $problem }
http-client-setup = The connection settings could not be prepared: { $problem }
http-timeout = { $host } did not answer within { $seconds } seconds.
http-unreachable = Could not connect to { $host }: { $reason }.
http-connection-lost = The connection to { $host } closed before an answer arrived.
http-truncated = The answer from { $host } was cut off before it was complete.
http-too-large = The answer from { $host } was larger than { $size } and was not read.
http-bad-response = { $provider } sent an answer Livedesk could not read: { $problem }.
http-reason-refused = the connection was refused (nothing is listening there)
http-reason-name-not-found = the server name could not be found
http-reason-timed-out = the connection attempt timed out
http-reason-tls = a secure (TLS) connection could not be set up
http-reason-other = the network connection failed
http-hint-maybe-applied = The change may or may not have been made: look at the current settings before trying again.
http-hint-endpoint-invalid = Enter the full address, such as https://live.ap-southeast-3.myhuaweicloud.com.
http-hint-endpoint-not-https = Use an address that starts with https://. Plain http:// is only allowed for this computer (such as the sandbox).
http-hint-invalid-request = Nothing was sent. This is a problem in Livedesk; please report it.
http-hint-client-setup = Nothing was sent. Restart Livedesk; if it keeps happening, report it.
http-hint-timeout = Check your internet connection and try again; the service may be slow right now.
http-hint-tls = Check the endpoint address. A company network that inspects secure connections can also cause this; ask your IT department.
http-hint-unreachable = Check the endpoint address and your internet connection (and any proxy or firewall), then try again.
http-hint-connection-lost = Try again. If it keeps happening, check your internet connection or proxy.
http-hint-too-large = This is not expected for this request. Try again; if it keeps happening, check that the endpoint is the vendor's API address.
http-hint-bad-response = Try again. If it keeps happening, check that the endpoint is the vendor's API address (a proxy or captive portal can answer instead).
http-request-id-for-support = Request id for support: { $id }.

## client.rs

http-not-a-method = is not an HTTP method
http-header-name-invalid = a header name is not valid
http-header-value-invalid = the value of { $name } is not valid in a header
http-endpoint-empty = is empty
http-endpoint-not-full = is not a full address: start it with https://
http-endpoint-not-valid = is not a valid address ({ $problem })
http-endpoint-not-https-scheme = must start with https://
http-endpoint-no-host = has no host name
http-endpoint-user-name = must not contain a user name or password
http-endpoint-not-base = must be the base address only, without ?query or #fragment
http-setup-certificates = the trusted certificates of this computer could not be loaded
http-setup-client = the HTTP client could not be created

## response.rs

http-cut-off = the answer ends too early (it looks cut off)
http-unreadable-answer = the answer could not be read
http-not-json = the answer is not JSON (at line { $line }, column { $column })
http-unexpected-shape = the answer does not have the expected shape (at line { $line }, column { $column })

## check.rs

http-check-works = Connected to { $provider }: the key works.
http-check-works-no-domain = Connected to { $provider }: the key works. No ingest domain was named, so none was looked up.
http-check-clock-note = Note: your computer's clock is { $clock } compared with { $provider }.
http-check-no-such-domain = The key works, but Huawei Cloud has no ingest domain named “{ $domain }” in this project.
http-hint-check-domain = Check the ingest (push) domain name, the project id and the region of the endpoint.
http-check-wrong-scheme = scheme: { $scheme } is not a { $provider } signing scheme
http-hint-check-account-settings = Correct the account settings and check again.
