# The words of livedesk-signing: why a request could not be signed, and what to do.
# Messages start with the input field at fault, spelled as the input spells it.

## error.rs

signing-unknown-scheme = scheme: unknown signing scheme { $given } (expected one of { $names })
signing-missing = { $field }: missing
signing-invalid-field = { $field }: { $problem }
signing-invalid-timestamp = { $field }: { $value } is not a time in the form { $format }
signing-invalid-url = url: { $problem }
signing-conflict = { $field }: differs from the credentials used to sign
signing-wrong-credentials = credentials: { $scheme } needs { $expected } credentials, not { $given }
signing-hint-choose-scheme = Choose one of: { $names }.
signing-hint-access-key = Enter the access key (AK) from the vendor's console.
signing-hint-secret-key = Enter the secret key (SK) that belongs to the access key.
signing-hint-api-token = Enter an API token created in the BlendVision One console.
signing-hint-org-id = Enter the organisation id shown in the BlendVision One console.
signing-hint-nonce = Give each request a fresh random nonce.
signing-hint-timestamp = Give the time of the request, in UTC.
signing-hint-add-to-request = Add { $field } to the request: the vendor requires it.
signing-hint-fill-in = Fill in { $field } and try again.
signing-hint-headers = Header names are plain words (letters, digits, - and _), each used once; values cannot contain line breaks or other control characters.
signing-hint-correct = Correct { $field } and try again.
signing-hint-timestamp-format = Write the time in UTC as { $format }, and check the computer's clock.
signing-hint-url = Use a full address such as https://live.example.com/path?name=value.
signing-hint-conflict = Remove { $field } from the request, or sign it with the account it names.
signing-hint-wrong-credentials = Pick the { $expected } account for this call.
signing-header-name = header { $name }
signing-query-name = query parameter { $name }

## credentials.rs, request.rs

signing-empty = is empty
signing-control-character = contains a line break or another control character

## request.rs, scheme.rs, alibaba_rpc.rs

signing-not-a-method = { $method } is not an HTTP method
signing-url-scheme = must start with https:// or http://
signing-url-no-host = has no host
signing-url-user-name = must not contain a user name or password
signing-not-a-header-name = { $name } is not a valid header name
signing-header-repeated = appears more than once
signing-no-time = blendvision-bearer signs no time; leave it out
signing-must-be-signature = must be { $value }, the signature this scheme makes
