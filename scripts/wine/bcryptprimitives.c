/* Stand-in bcryptprimitives.dll for Wine 8, which lacks it. Rust's standard library (1.78+)
 * gets random bytes from its ProcessPrng; this answers from RtlGenRandom (advapi32's
 * SystemFunction036), which Wine has. Test use only: built and installed into the test Wine
 * prefix by scripts/wine/run.sh, never shipped. */
#include <windows.h>
#include <ntsecapi.h>

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len)
{
    while (len > 0) {
        ULONG chunk = len > 0x10000000 ? 0x10000000 : (ULONG)len;
        if (!RtlGenRandom(data, chunk))
            return FALSE;
        data += chunk;
        len -= chunk;
    }
    return TRUE;
}
