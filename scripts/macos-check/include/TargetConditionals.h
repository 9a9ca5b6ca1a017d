/* Stand-in for Apple's TargetConditionals.h, used only when type-checking for
 * aarch64-apple-darwin off a Mac (see scripts/macos-check/clang). It answers what ring's
 * C code asks: a macOS (not iOS) build. The object code compiled with it is never linked. */
#ifndef LIVEDESK_STANDIN_TARGETCONDITIONALS_H
#define LIVEDESK_STANDIN_TARGETCONDITIONALS_H
#define TARGET_OS_MAC 1
#define TARGET_OS_OSX 1
#define TARGET_OS_IPHONE 0
#define TARGET_OS_IOS 0
#define TARGET_OS_TV 0
#define TARGET_OS_WATCH 0
#define TARGET_OS_VISION 0
#define TARGET_OS_MACCATALYST 0
#define TARGET_OS_SIMULATOR 0
#define TARGET_OS_EMBEDDED 0
#define TARGET_CPU_ARM64 1
#define TARGET_CPU_X86_64 0
#define TARGET_RT_LITTLE_ENDIAN 1
#define TARGET_RT_64_BIT 1
#endif
