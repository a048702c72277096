// A capture run cut off (execution time exceeded) at any call, then run again, ends as if nothing had gone wrong.
import { describeFaultAtEveryCall } from "../helpers/fault-run";

describeFaultAtEveryCall("a capture run cut off (execution time exceeded)", true);
