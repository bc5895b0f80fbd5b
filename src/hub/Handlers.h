// The API v1 route handlers (one function per route), registered by HubServer.
#pragma once

#include "HubContext.h"

namespace mt::handlers {

void enrol(HubContext &ctx, const httplib::Request &req, httplib::Response &res);
void login(HubContext &ctx, const httplib::Request &req, httplib::Response &res);
void revokeToken(HubContext &ctx, const httplib::Request &req, httplib::Response &res);
void pushEvents(HubContext &ctx, const httplib::Request &req, httplib::Response &res);
void pullEvents(HubContext &ctx, const httplib::Request &req, httplib::Response &res);
void ingestNative(HubContext &ctx, const httplib::Request &req, httplib::Response &res);
void ingestAlertmanager(HubContext &ctx, const httplib::Request &req, httplib::Response &res);

} // namespace mt::handlers
