// A capture run with a single call failing (service unavailable) at any call, then run again, ends as if nothing had gone wrong.
import { describeFaultAtEveryCall } from "../helpers/fault-run";

describeFaultAtEveryCall("a capture run a single call failing (service unavailable)", false);
