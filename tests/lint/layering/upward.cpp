// Compiled as part of the connection layer, which sits below session: the
// layering test expects this include to fail ("No such file").
#include <Tandem/sessionmanager.h>
